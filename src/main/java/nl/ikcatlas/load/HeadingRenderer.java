package nl.ikcatlas.load;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Text;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a markdown {@code #} heading as {@code h2} and leaves the others alone: the page title
 * is the page's only {@code h1}, so an editor's top headings must sit just below it. Each heading
 * gets an id made from its text ({@code ## Wat is VVE?} -> {@code wat-is-vve}), so pages and the
 * glossary's terms can be linked to; a repeated text gets {@code -2}, {@code -3}.
 */
final class HeadingRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final Set<String> ids = new HashSet<>();

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
        html.tag(tag, context.extendAttributes(heading, tag, Map.of("id", uniqueId(heading))));
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/" + tag);
        html.line();
    }

    private String uniqueId(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(HtmlInline h) {
                // Raw HTML is shown as text (escapeHtml), so it is part of the heading's text.
                text.append(h.getLiteral());
            }
        });
        String base = slug(text.toString());
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower case, accents dropped, everything else than letters and digits a single hyphen. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "kop" : slug;
    }
}
