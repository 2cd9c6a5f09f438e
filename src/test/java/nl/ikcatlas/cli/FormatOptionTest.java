package nl.ikcatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} and {@code --report} of validate and build, with the environment of a CI run given. */
class FormatOptionTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return Main.run(new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The tiny site with a board whose number is wrong and a holder with a misspelt field. */
    private Path broken() {
        return TinySite.valid().with("""
                -- data/holders/houder.yaml --
                id: houder
                naam: Houder
                source: voorbeeld
                -- data/boards/bestuur.yaml --
                id: bestuur
                number: 4148x
                source: duo
                """).writeTo(dir.resolve("atlas"));
    }

    private static final String TEXT = """
            data/boards/bestuur.yaml:2:9: '4148x' is not a valid bevoegd-gezagnummer
                hint: write the number DUO gives the board: digits only, for example 41487
            data/holders/houder.yaml:1:1: missing required field 'name'
                hint: add a line 'name: ...'
            data/holders/houder.yaml:2:1: unknown field 'naam'
                hint: did you mean 'name'?
            3 problems found.
            """;

    @Test
    void insideGithubActionsProblemsBecomeAnnotationsAndAJobSummary() throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString());
        assertEquals(1, run(env, "validate", broken().toString()));
        assertEquals("""
                ::error file=data/boards/bestuur.yaml,line=2,col=9,title=ikc-atlas validate::'4148x' is not a valid bevoegd-gezagnummer%0Ahint: write the number DUO gives the board: digits only, for example 41487
                ::error file=data/holders/houder.yaml,line=1,col=1,title=ikc-atlas validate::missing required field 'name'%0Ahint: add a line 'name: ...'
                ::error file=data/holders/houder.yaml,line=2,col=1,title=ikc-atlas validate::unknown field 'naam'%0Ahint: did you mean 'name'?
                """, out());
        assertEquals(TEXT, err(), "the log keeps the plain lines");
        assertEquals("""
                earlier step
                ### ikc-atlas validate: 3 problems found.

                | Where | Problem | Hint |
                |---|---|---|
                | data/boards/bestuur.yaml:2:9 | '4148x' is not a valid bevoegd-gezagnummer | write the number DUO gives the board: digits only, for example 41487 |
                | data/holders/houder.yaml:1:1 | missing required field 'name' | add a line 'name: ...' |
                | data/holders/houder.yaml:2:1 | unknown field 'naam' | did you mean 'name'? |

                """, Files.readString(summary));

        assertEquals(1, run(env, "validate", "--format", "text", broken().toString()));
        assertEquals("", out(), "an explicit format wins over the environment");
    }

    @Test
    void aSuccessfulBuildInGithubActionsWritesItsSummaryLine() throws IOException {
        Path atlas = TinySite.valid().writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        Path summary = dir.resolve("summary.md");
        assertEquals(0, run(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "build", atlas.toString()), err());
        assertTrue(out().endsWith(" s.\n") && out().contains("\nBuilt "), out());
        assertTrue(Files.readString(summary).matches("### ikc-atlas build: Built \\d+ pages from 9 records into .* s\\.\n\n"),
                Files.readString(summary));
    }

    @Test
    void gitlabCodeQualityReportGoesToTheReportFile() throws IOException {
        Path report = dir.resolve("gl-code-quality-report.json");
        assertEquals(1, run(Map.of(), "validate", broken().toString(), "--format", "gitlab", "--report", report.toString()));
        assertEquals("", out());
        assertEquals(TEXT, err());
        String json = Files.readString(report);
        assertTrue(json.startsWith("""
                [
                  {
                    "description": "'4148x' is not a valid bevoegd-gezagnummer (hint: write the number DUO gives the board: digits only, for example 41487)",
                    "check_name": "ikc-atlas",
                    "fingerprint": \""""), json);
        assertEquals(3, json.split("\"severity\": \"blocker\"").length - 1, json);
        assertTrue(json.contains("""
                    "location": {
                      "path": "data/holders/houder.yaml",
                      "lines": {
                        "begin": 2
                      }
                    }
                  }
                ]
                """), json);
    }

    @Test
    void jsonOnStdoutKeepsStdoutForTheReportAlone() {
        Path atlas = TinySite.valid().writeTo(dir.resolve("atlas"));
        assertEquals(0, run(Map.of(), "validate", "--format=JSON", atlas.toString()));
        assertEquals("[ ]\n", out());
        assertEquals("No problems found in 9 records.\n", err());

        assertEquals(1, run(Map.of(), "validate", "--format", "json", broken().toString()));
        assertTrue(out().startsWith("""
                [
                  {
                    "file": "data/boards/bestuur.yaml",
                    "line": 2,
                    "column": 9,
                    "message": "'4148x' is not a valid bevoegd-gezagnummer",
                    "hint": "write the number DUO gives the board: digits only, for example 41487"
                  },
                """), out());
        assertEquals(TEXT, err());
    }

    @Test
    void wrongFormatOptionsAreUsageErrors() {
        Path atlas = TinySite.valid().writeTo(dir.resolve("atlas"));
        assertEquals(2, run(Map.of(), "validate", "--format", "xml", atlas.toString()));
        assertTrue(err().startsWith("ikc-atlas validate: Invalid value for option '--format': expected one of "
                + "[TEXT, GITHUB, GITLAB, JSON] (case-insensitive) but was 'xml'\n"), err());
        assertEquals(2, run(Map.of(), "build", "--report", "r.json", atlas.toString()));
        assertTrue(err().startsWith("ikc-atlas build: --report needs --format gitlab or --format json\n"), err());
        assertEquals(2, run(Map.of("GITHUB_ACTIONS", "true"), "validate", "--report", "r.json", atlas.toString()));
    }
}
