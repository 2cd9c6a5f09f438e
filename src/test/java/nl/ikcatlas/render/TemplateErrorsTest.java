package nl.ikcatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor's mistake in a template is a problem at templates/name:line:column, reported once. */
class TemplateErrorsTest {
    /** A page view of one label, shown by the template it names. */
    public record Shown(String template, String label) implements PageView {
    }

    @TempDir
    Path atlas;
    @TempDir
    Path out;

    @Test
    void syntaxErrorIsReportedOnceWithItsPosition() throws IOException {
        template("kapot.ftl", """
                <#ftl output_format="HTML">
                <#assign p = page>
                <p>${p.label(}</p>
                """);
        template("goed.ftl", "<#ftl output_format=\"HTML\">\n<#assign p = page>\n<p>${p.label()}</p>\n");
        Problems problems = render(
                new Page("a.html", new Shown("kapot.ftl", "A")),
                new Page("b.html", new Shown("kapot.ftl", "B")),
                new Page("c.html", new Shown("goed.ftl", "C <b>")));
        assertEquals(1, problems.size());
        String problem = problems.sorted().get(0).format();
        assertEquals("templates/kapot.ftl:3:14: template syntax error: Encountered \"}\", but at this place only"
                + " this can be closed: \"(\".", problem);
        assertFalse(Files.exists(out.resolve("a.html")));
        assertEquals("<p>C &lt;b&gt;</p>\n", Files.readString(out.resolve("c.html")));
    }

    @Test
    void errorInAnImportedTemplatePointsAtThatTemplate() throws IOException {
        template("layout.ftl", "<#ftl output_format=\"HTML\">\n<#macro page p>\n  <#if p.label()>\n</#macro>\n");
        template("pagina.ftl", "<#ftl output_format=\"HTML\">\n<#import \"layout.ftl\" as l>\n<@l.page page/>\n");
        Problems problems = render(new Page("a.html", new Shown("pagina.ftl", "A")));
        assertEquals(1, problems.size());
        String problem = problems.sorted().get(0).format();
        assertTrue(problem.startsWith("templates/layout.ftl:4:1: template syntax error: Encountered \"</#macro>\""),
                problem);
    }

    @Test
    void runtimeErrorIsReportedOncePerPlaceNotPerPage() throws IOException {
        template("fout.ftl", "<#ftl output_format=\"HTML\">\n<#assign p = page>\n<p>${p.bestaatNiet()}</p>\n");
        Problems problems = render(
                new Page("a.html", new Shown("fout.ftl", "A")),
                new Page("b.html", new Shown("fout.ftl", "B")));
        assertEquals(1, problems.size());
        String problem = problems.sorted().get(0).format();
        assertTrue(problem.startsWith("templates/fout.ftl:3:6: template error: "), problem);
        assertTrue(problem.contains("bestaatNiet"), problem);
    }

    @Test
    void missingTemplateIsAProblem() throws IOException {
        template("goed.ftl", "<#ftl output_format=\"HTML\">\n");
        Problems problems = render(new Page("a.html", new Shown("weg.ftl", "A")),
                new Page("b.html", new Shown("weg.ftl", "B")));
        assertEquals(List.of("templates/weg.ftl:1:1: template not found: weg.ftl"),
                problems.sorted().stream().map(p -> p.format()).toList());
    }

    @Test
    void missingTemplatesFolderIsAProblem() {
        Problems problems = render(new Page("a.html", new Shown("goed.ftl", "A")));
        assertEquals(List.of("templates:1:1: the templates folder is missing"),
                problems.sorted().stream().map(p -> p.position() + ": " + p.message()).toList());
    }

    private Problems render(Page... pages) {
        Problems problems = new Problems();
        new SiteRenderer(atlas.resolve("templates")).render(List.of(pages), out, problems);
        return problems;
    }

    private void template(String name, String text) throws IOException {
        Files.createDirectories(atlas.resolve("templates"));
        Files.writeString(atlas.resolve("templates").resolve(name), text);
    }
}
