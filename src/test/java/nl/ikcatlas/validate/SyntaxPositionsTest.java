package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syntax and encoding mistakes are reported where they start, in words an editor understands. */
class SyntaxPositionsTest {
    private static final String HOLDER = "id: houder\nkvk: \"12345678\"\nname: Café De Wéi\nsource: voorbeeld\n";
    private static final String SAVE_AS_UTF8 = "\n    hint: open the file in a text editor and save it with the encoding UTF-8";

    @TempDir
    Path dir;

    private List<String> problemsWithHolder(byte[] holder) throws IOException {
        TinySite.valid().writeTo(dir);
        Files.write(dir.resolve("data/holders/houder.yaml"), holder);
        return Check.problems(TinySite.of(""), dir);
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItOpens() throws IOException {
        assertEquals(List.of("data/holders/houder.yaml:3:7: YAML syntax error: the quote that opens here is never closed\n"
                        + "    hint: add the same quote (\" or ') at the end of the value"),
                problemsWithHolder("id: houder\nkvk: \"12345678\"\nname: 'Kinderopvang Houder\nsource: voorbeeld\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWindows1252FileIsReportedAtItsFirstBadByte() throws IOException {
        assertEquals(List.of("data/holders/houder.yaml:3:10: the file is not saved as UTF-8: the byte 0xE9 here looks"
                        + " like 'é' in Windows-1252, the encoding Excel and older Windows programs use" + SAVE_AS_UTF8),
                problemsWithHolder(HOLDER.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void aUtf16FileIsNamedAsSuch() throws IOException {
        assertEquals(List.of("data/holders/houder.yaml:1:1: the file is saved as UTF-16, not as UTF-8" + SAVE_AS_UTF8),
                problemsWithHolder(HOLDER.getBytes(StandardCharsets.UTF_16)));
        assertEquals(List.of("data/holders/houder.yaml:1:2: the file is saved as UTF-16, not as UTF-8" + SAVE_AS_UTF8),
                problemsWithHolder(HOLDER.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void aContentPageInWindows1252IsReportedAtItsFirstBadByte() throws IOException {
        TinySite.valid().writeTo(dir);
        SiteFiles.copyTree(Path.of("templates"), dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/over.md"), "title=Over\ntype=page\nstatus=published\n~~~~~~\nZo\u00eb\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("content/over.md:5:3: the file is not saved as UTF-8: the byte 0xEB here looks like 'ë'"
                + " in Windows-1252, the encoding Excel and older Windows programs use" + SAVE_AS_UTF8),
                new AtlasPipeline().check(dir).problems().stream().map(Problem::format).toList());
    }

    @Test
    void nestingTooDeepIsReportedAtItsLineInPlainWords() throws IOException {
        assertEquals(List.of("data/holders/houder.yaml:2:26: the values here are nested more than 20 levels deep\n"
                        + "    hint: a record needs only a few levels; check the indentation and the brackets [ ] and { }"),
                problemsWithHolder(("id: houder\nname: " + "[".repeat(30) + "]".repeat(30) + "\nsource: voorbeeld\n")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noMessageNamesTheParsersClasses() throws IOException {
        assertEquals(List.of("data/holders/houder.yaml:1:4: YAML syntax error: a field name must be a single word,"
                        + " not a list or a group\n    hint: write each field as 'field: value'"),
                problemsWithHolder("? [id, naam]\n: houder\n".getBytes(StandardCharsets.UTF_8)));
    }
}
