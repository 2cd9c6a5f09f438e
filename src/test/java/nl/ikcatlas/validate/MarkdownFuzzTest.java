package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.load.Markdown;

/**
 * Any text as a content page's Markdown: the checks and the renderer never throw, problems lie inside the page,
 * and the HTML never holds a script, an event handler, a link other than http, https, mailto or relative, or an
 * image from elsewhere. Inputs in {@code src/test/resources/nl/ikcatlas/validate/MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {
    private static final String HEADER = "title=x\ntype=page\nstatus=published\n~~~~~~\n";
    private final MarkdownRules rules = new MarkdownRules();
    private final Markdown engine = new Markdown();

    @FuzzTest
    void anyPageIsCheckedAndRenderedSafely(byte[] page) {
        String markdown = new String(page, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        rules.check("content/x.md", HEADER + markdown, problems);
        long lines = (HEADER + markdown).lines().count() + 1;
        for (Problem p : problems.sorted()) {
            assertTrue(p.position().line() >= 5 && p.position().line() <= lines && p.position().column() >= 1, p.format());
        }
        String html = engine.toHtml(markdown).toLowerCase(Locale.ROOT);
        assertFalse(html.contains("<script") || html.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), html);
        String[] attributes = html.split("(href|src)=\"");
        for (int i = 1; i < attributes.length; i++) {
            String value = attributes[i].substring(0, Math.max(0, attributes[i].indexOf('"')));
            assertFalse(value.matches("(?s)\\s*(javascript|data|vbscript|file):.*"), html);
            // an image with a scheme, or on another host (//host, \\host), would load from elsewhere
            boolean image = attributes[i - 1].endsWith("<img ");
            assertFalse(image && value.matches("(?s)\\s*([a-z][a-z0-9+.-]*:|[/\\\\]{2}).*"), html);
        }
    }
}
