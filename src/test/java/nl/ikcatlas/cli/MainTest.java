package nl.ikcatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes, messages, and the rule that a failed build keeps the old site. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The tiny valid site with the project's real templates and a content page. */
    private Path site(String changes) {
        Path atlas = TinySite.valid().with(TinySite.ABOUT_PAGE).with(changes).writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        return atlas;
    }

    @Test
    void helpIsGeneratedFromTheCommands() {
        assertEquals(0, run("--help"));
        assertEquals("""
                Usage: ikc-atlas [-hV] [COMMAND]
                Builds the IKC-atlas of a municipality from YAML records, Markdown pages and
                templates.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.
                Commands:
                  build       Builds the site of the atlas in DIR.
                  validate    Checks the atlas in DIR; writes nothing.
                  serve       Shows the atlas in DIR in the browser while you edit it.
                  init        Makes a new atlas for a municipality in DIR.
                  import      Updates the atlas's records from a register's export.
                  completion  Prints the shell completion script (bash and zsh).
                  help        Display help information about the specified command.

                Exit codes:
                  0   success
                  1   problems in the input (each printed with file:line:column)
                  2   wrong usage
                  3   internal error of the tool (please report it)
                """, out());
        assertEquals(0, run("build", "--help"));
        assertTrue(out().startsWith("""
                Usage: ikc-atlas build [-hV] [--format=FORMAT] [--jobs=N] [--out=OUT]
                                       [--report=FILE] [DIR]
                Builds the site of the atlas in DIR.
                When the input has problems, each is printed as file:line:column: message,
                nothing is written and the exit code is 1; the site built before stays exactly
                as it was.
                      [DIR]             the atlas: a folder with data/, content/ and templates/
                                          (default: the current folder)
                      --out=OUT         the folder to write the site to (default:
                                          DIR/target/site)
                      --format=FORMAT   text, github, gitlab or json (default: github when
                                          GITHUB_ACTIONS=true, else text)
                      --report=FILE     write the gitlab or json report to FILE instead of
                                          stdout
                      --jobs=N          how many pages to render at once (default: one per
                                          processor); the site is the same
                  -h, --help            Show this help message and exit.
                  -V, --version         Print version information and exit.
                """), out());
        assertEquals(0, run("validate", "-h"));
        assertTrue(out().startsWith("Usage: ikc-atlas validate [-hV] [--format=FORMAT] [--report=FILE] [DIR]\n"), out());
        assertEquals(0, run("help", "validate"));
        assertTrue(out().startsWith("Usage: ikc-atlas validate [-hV] [--format=FORMAT] [--report=FILE] [DIR]\n"), out());
    }

    @Test
    void versionComesFromThePom() {
        assertEquals(0, run("--version"));
        assertTrue(out().matches("ikc-atlas \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), out());
        assertEquals(0, run("build", "-V"));
        assertTrue(out().startsWith("ikc-atlas "), out());
    }

    @Test
    void completionScriptKnowsTheCommandsAndOptions() {
        assertEquals(0, run("completion"));
        assertTrue(out().startsWith("#!/usr/bin/env bash\n"), out());
        assertTrue(out().contains("\ncomplete -F _complete_ikc-atlas -o default ikc-atlas "), out());
        assertTrue(out().contains("local commands=\"build validate serve init import completion help\""), out());
        assertTrue(out().contains("--out"), out());
    }

    @Test
    void wrongUsageExitsWithTwoAndShowsTheCommandsHelp() {
        assertEquals(2, run());
        assertTrue(err().startsWith("ikc-atlas: Missing required subcommand\nUsage: ikc-atlas [-hV] [COMMAND]\n"), err());
        assertEquals(2, run("bake"));
        assertTrue(err().startsWith("ikc-atlas: Unmatched argument at index 0: 'bake'\n"), err());
        assertEquals(2, run("build", "--output", "x"));
        assertTrue(err().startsWith("""
                ikc-atlas build: Unknown option: '--output'
                Possible solutions: --out
                Usage: ikc-atlas build [-hV] [--format=FORMAT] [--jobs=N] [--out=OUT]
                                       [--report=FILE] [DIR]
                """), err());
        assertEquals(2, run("build", "a", "b"));
        assertTrue(err().startsWith("ikc-atlas build: Unmatched argument at index 2: 'b'\n"), err());
        assertEquals(2, run("build", "--out"));
        assertTrue(err().startsWith("ikc-atlas build: Missing required parameter for option '--out' (OUT)\n"), err());
        Path nowhere = dir.resolve("nowhere");
        assertEquals(2, run("validate", nowhere.toString()));
        assertTrue(err().startsWith("ikc-atlas validate: the folder '" + nowhere + "' does not exist\n"
                + "Usage: ikc-atlas validate [-hV] [--format=FORMAT] [--report=FILE] [DIR]\n"), err());
        assertEquals("", out());
        assertEquals(2, run("build", "--jobs", "0"));
        assertTrue(err().startsWith("ikc-atlas build: --jobs must be 1 or more, not 0\n"), err());
        assertEquals(2, run("serve", "--port", "web"));
        assertTrue(err().startsWith("ikc-atlas serve: Invalid value for option '--port': 'web' is not an int\n"), err());
        assertEquals(2, run("serve", "--port", "70000", site("").toString()));
        assertTrue(err().startsWith("ikc-atlas serve: the port must be a number from 0 to 65535\n"), err());
        assertEquals(2, run("serve", nowhere.toString()));
        assertTrue(err().startsWith("ikc-atlas serve: the folder '" + nowhere + "' does not exist\n"), err());
    }

    @Test
    void outputThatIsNotTheToolsIsRefusedAndLeftAlone() throws IOException {
        Path atlas = site("");
        assertEquals(2, run("build", atlas.toString(), "--out", atlas.resolve("data").toString()));
        assertTrue(err().startsWith("ikc-atlas build: cannot build into '" + atlas.resolve("data") + "': it is the atlas's data/"
                + " folder; build into a new folder outside data/, content/, templates/ and schema/. The build replaces the whole output folder, so it must be the tool's alone.\n"), err());
        assertEquals(2, run("build", atlas.toString(), "--out", atlas.toString()));
        Path mine = Files.createDirectories(dir.resolve("mijn-map"));
        Files.writeString(mine.resolve("brief.txt"), "van mij");
        assertEquals(2, run("build", atlas.toString(), "--out", mine.toString()));
        assertTrue(err().startsWith("ikc-atlas build: cannot build into '" + mine + "': it holds files that the tool did"
                + " not write, such as 'brief.txt'; give a new or empty folder, or move those files elsewhere."
                + " The build replaces the whole output folder, so it must be the tool's alone.\n"), err());
        assertEquals("van mij", Files.readString(mine.resolve("brief.txt")));
    }

    @Test
    void validateReportsEveryProblemAndExitsWithOne() {
        Path atlas = site("""
                -- data/holders/houder.yaml --
                id: houder
                naam: Houder
                source: voorbeeld
                -- data/boards/bestuur.yaml --
                id: bestuur
                number: 4148x
                source: duo
                """);
        assertEquals(1, run("validate", atlas.toString()));
        assertEquals("""
                data/boards/bestuur.yaml:2:9: '4148x' is not a valid bevoegd-gezagnummer
                    hint: write the number DUO gives the board: digits only, for example 41487
                data/holders/houder.yaml:1:1: missing required field 'name'
                    hint: add a line 'name: ...'
                data/holders/houder.yaml:2:1: unknown field 'naam'
                    hint: did you mean 'name'?
                3 problems found.
                """, err());
        assertEquals("", out());
    }

    @Test
    void validateOnAValidAtlas() {
        assertEquals(0, run("validate", site("").toString()));
        assertEquals("No problems found in 9 records.\n", out());
    }

    @Test
    void buildWritesTheSiteAndEndsWithOneSummaryLine() {
        Path atlas = site("");
        assertEquals(0, run("build", atlas.toString()), err());
        // The reading ease of the parent pages (the tiny about page is too hard), then the summary line, last.
        assertTrue(out().matches("Hard to read: over\\.html scores \\d+\\.\\d \\(Flesch-Douma; aim for 60 or more\\)\n"
                + "Readability \\(Flesch-Douma\\) of 3 parent pages: lowest \\d+\\.\\d \\(over\\.html\\), average \\d+\\.\\d\\.\n"
                + "Built \\d+ pages from 9 records into .*target/site in \\d+\\.\\d s\\.\n"), out());
        assertTrue(Files.isRegularFile(atlas.resolve("target/site/index.html")));
        assertTrue(Files.isRegularFile(atlas.resolve("target/site/scholen/de-school.html")));
        assertTrue(Files.isRegularFile(atlas.resolve("target/site/over.html")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() {
        Path atlas = site("");
        Path siteOut = dir.resolve("published");
        assertEquals(0, run("build", atlas.toString(), "--out", siteOut.toString()), err());
        Map<String, String> before = snapshot(siteOut);

        TinySite.of("-- data/schools/de-school.yaml --\nid: de-school\nname: [kapot\n").writeTo(atlas);
        assertEquals(1, run("build", atlas.toString(), "--out", siteOut.toString()));
        assertTrue(err().startsWith("data/schools/de-school.yaml:"), err());
        assertTrue(err().endsWith("Nothing was written; " + siteOut + " is unchanged.\n"), err());
        assertEquals(before, snapshot(siteOut));
        assertEquals(1, countEntries(dir), "no staging folders are left behind beside the atlas");
    }

    @Test
    void aBrokenTemplateIsReportedAtItsLineAndKeepsThePreviousSite() throws IOException {
        Path atlas = site("");
        Path siteOut = dir.resolve("published");
        assertEquals(0, run("build", atlas.toString(), "--out", siteOut.toString()), err());
        Map<String, String> before = snapshot(siteOut);

        Files.writeString(atlas.resolve("templates/school.ftl"), "<#ftl output_format=\"HTML\">\n<p>${page.nope(}</p>\n");
        assertEquals(1, run("build", atlas.toString(), "--out", siteOut.toString()));
        assertTrue(err().startsWith("templates/school.ftl:2:"), err());
        assertEquals(before, snapshot(siteOut));
    }

    @Test
    void aChangeInTheDataShowsAfterRebuilding() throws IOException {
        Path atlas = site("");
        assertEquals(0, run("build", atlas.toString()), err());
        Path page = atlas.resolve("target/site/scholen/de-school.html");
        assertTrue(Files.readString(page).contains("<h1>De School</h1>"), Files.readString(page));
        Files.writeString(atlas.resolve("data/schools/de-school.yaml"),
                Files.readString(atlas.resolve("data/schools/de-school.yaml")).replace("name: De School", "name: De Linde"));
        assertEquals(0, run("build", atlas.toString()), err());
        String html = Files.readString(page);
        assertTrue(html.contains("<h1>De Linde</h1>"), html);
    }

    private long countEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().equals("published")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                // compared byte for byte: the site has images too
                files.put(root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

}
