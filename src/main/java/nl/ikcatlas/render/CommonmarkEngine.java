package nl.ikcatlas.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md}, rendering with commonmark-java. Raw HTML in markdown is
 * escaped and unsafe link schemes ({@code javascript:}) are dropped, because content pages end up
 * on a public site unreviewed by a developer. Parser and renderer are immutable and built once.
 */
public final class CommonmarkEngine extends MarkupEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public CommonmarkEngine() {
        List<Extension> extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(HeadingRenderer::new)
                .build();
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(toHtml(context.getBody()));
    }

    /** Safe HTML for a markdown text. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
