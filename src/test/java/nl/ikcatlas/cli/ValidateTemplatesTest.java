package nl.ikcatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} finds every template mistake {@code build} finds, at its position, and writes nothing. */
class ValidateTemplatesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path site(String changes) {
        Path atlas = TinySite.valid().writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        TinySite.of(changes).writeTo(atlas);
        return atlas;
    }

    private int run(String... args) {
        err.reset();
        return Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void anUnknownVariableAndASyntaxErrorInAnUnusedTemplateAreFoundWithoutWritingAnything() throws IOException {
        Path atlas = site("""
                -- templates/bestuur.ftl --
                <#ftl output_format="HTML">
                <#import "layout.ftl" as layout>
                <#assign p = page>
                <@layout.page p>
                <p>${p.nummer()}</p>
                </@layout.page>
                -- templates/oud.ftl --
                <#ftl output_format="HTML">
                <p>${page.title(}</p>
                """);
        List<String> before = files();
        String problems = """
                templates/bestuur.ftl:5:6: template error: The following has evaluated to null or missing: ==> p.nummer  [in template "bestuur.ftl" at line 5, column 6]
                templates/oud.ftl:2:17: template syntax error: Encountered "}", but at this place only this can be closed: "(".
                """;
        assertEquals(1, run("validate", atlas.toString()));
        assertEquals(problems + "2 problems found.\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(before, files(), "validate wrote nothing");
        assertEquals(1, run("build", atlas.toString()));
        assertEquals(problems + "Build stopped: 2 problems. Nothing was written; " + atlas.resolve("target/site")
                + " is unchanged.\n", err.toString(StandardCharsets.UTF_8), "build finds the same");
    }

    @Test
    void withProblemsInTheDataTheTemplatesAreStillCompiled() {
        Path atlas = site("""
                -- data/holders/houder.yaml --
                id: houder
                naam: Houder
                source: voorbeeld
                -- templates/oud.ftl --
                <#ftl output_format="HTML">
                <#if>
                """);
        assertEquals(1, run("validate", atlas.toString()));
        assertEquals("""
                data/holders/houder.yaml:1:1: missing required field 'name'
                    hint: add a line 'name: ...'
                data/holders/houder.yaml:2:1: unknown field 'naam'
                    hint: did you mean 'name'?
                templates/oud.ftl:2:2: template syntax error: #if is an existing directive, but the tag is malformed. \
                 (See FreeMarker Manual / Directive Reference.)
                3 problems found.
                """, err.toString(StandardCharsets.UTF_8));
    }
}
