package nl.ikcatlas.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a markdown {@code #} heading as {@code h2} and leaves the others alone: the page title
 * is the page's only {@code h1}, so an editor's top headings must sit just below it.
 */
final class HeadingRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    HeadingRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
        Heading heading = (Heading) node;
        String tag = "h" + Math.max(heading.getLevel(), 2);
        HtmlWriter html = context.getWriter();
        html.line();
        html.tag(tag, context.extendAttributes(heading, tag, Map.of()));
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/" + tag);
        html.line();
    }
}
