package nl.ikcatlas.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders markdown headings one level down ({@code #} becomes {@code h2}): the page title is the
 * page's only {@code h1}, so an editor's headings must sit below it to keep the outline in order.
 */
final class ShiftedHeadingRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    ShiftedHeadingRenderer(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
        Heading heading = (Heading) node;
        String tag = "h" + Math.min(heading.getLevel() + 1, 6);
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
