package nl.ikcatlas.load;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to safe HTML with commonmark-java. Raw HTML in markdown is escaped, links other than http,
 * https, mailto and relative ones ({@code javascript:}, {@code data:}) are dropped and images from
 * elsewhere are left out, because content pages end up on a public site unreviewed by a developer (the
 * validation reports such links and images at their line). Parser and renderer are immutable and built once.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        List<Extension> extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new SiteUrls())
                .nodeRendererFactory(HeadingRenderer::new)
                .build();
    }

    /** Keeps only the addresses {@link LinkTargets} allows; others become empty. */
    private static final class SiteUrls implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return LinkTargets.isAllowedLink(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return LinkTargets.isSiteImage(url) ? url : "";
        }
    }

    /** Safe HTML for a markdown text. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
