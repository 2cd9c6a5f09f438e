package nl.ikcatlas.load;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML with commonmark-java. Raw HTML in markdown is escaped and unsafe link schemes
 * ({@code javascript:}) are dropped, because content pages end up on a public site unreviewed by a
 * developer. Parser and renderer are immutable and built once.
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
                .nodeRendererFactory(HeadingRenderer::new)
                .build();
    }

    /** Safe HTML for a markdown text. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
