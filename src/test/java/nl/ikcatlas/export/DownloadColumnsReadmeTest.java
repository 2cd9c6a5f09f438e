package nl.ikcatlas.export;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;

/** The README documents every column of the downloads as they are declared, so the two cannot drift apart. */
class DownloadColumnsReadmeTest {
    /** Stands for every theme in the README: kindcentra.csv has one such column per theme. */
    private static final Theme ANY_THEME = new Theme("thema-code", "(naam van het thema)", "", Map.of());

    @Test
    void theReadmeListsEveryDeclaredColumnWithItsMeaning() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String expected = readmeTables(TinySite.valid().load());
        assertTrue(readme.contains(expected), "README.md should contain, under Open data downloads:\n" + expected);
    }

    @Test
    void aColumnWithoutAMeaningCannotBeDeclared() {
        assertThrows(IllegalArgumentException.class, () -> new Column<String>("naam", " ", s -> s));
        assertThrows(IllegalArgumentException.class, () -> new Column<String>("naam", null, s -> s));
    }

    /** The README's tables: per CSV file its columns, the theme columns as one placeholder row. */
    static String readmeTables(Atlas atlas) {
        Set<String> themes = atlas.instrument().themes().stream().map(Theme::id).collect(Collectors.toSet());
        StringBuilder md = new StringBuilder();
        for (CsvFile<?> file : new Downloads().tables(atlas)) {
            md.append("`").append(file.name()).append("`, per regel ").append(file.row()).append(":\n\n");
            md.append("| column | meaning (as on the open data page) |\n|---|---|\n");
            boolean themed = false;
            for (Column<?> c : file.columns()) {
                if (themes.contains(c.name())) {
                    themed = true;
                } else {
                    row(md, c);
                }
            }
            if (themed) {
                row(md, Downloads.themeColumn(ANY_THEME));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, Column<?> c) {
        md.append("| `").append(c.name()).append("` | ").append(c.meaning()).append(" |\n");
    }
}
