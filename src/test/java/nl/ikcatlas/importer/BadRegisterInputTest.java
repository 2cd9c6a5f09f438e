package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.WINDOWS_1252;
import static nl.ikcatlas.importer.ImportCli.fixture;
import static nl.ikcatlas.importer.ImportCli.snapshot;
import static nl.ikcatlas.importer.ImportCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register file that cannot be imported: a message with the file and line, exit code 1, nothing written. */
class BadRegisterInputTest {
    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private Path atlas;
    private Map<String, String> before;

    @BeforeEach
    void newAtlas() {
        atlas = tmp.resolve("atlas");
        assertEquals(0, cli.run("init", atlas.toString(), "--municipality", "1621", "--name", "Lansingerland"));
        before = snapshot(atlas);
    }

    /** Imports {@code bytes} as {@code register} and returns what was printed to stderr, after checking nothing changed. */
    private String refused(String register, byte[] bytes) throws Exception {
        Path file = tmp.resolve("register.csv");
        Files.write(file, bytes);
        assertEquals(1, cli.run("import", register, file.toString(), atlas.toString()), cli.out());
        assertEquals("", cli.out());
        assertEquals(before, snapshot(atlas));
        return cli.err().replace(file.toString(), "register.csv");
    }

    private static byte[] duo(String from, String to) {
        return fixture("duo-schoolvestigingen.csv", WINDOWS_1252).replace(from, to).getBytes(WINDOWS_1252);
    }

    @Test
    void aFileOfTheWrongKind() throws Exception {
        assertEquals("""
                register.csv:1:1: this is not DUO's file of school locations: it has no column 'VESTIGINGSCODE'
                    hint: this looks like the LRK's export: use 'import lrk'
                Import stopped: 1 problem. Nothing was written.
                """, refused("duo", fixture("lrk-export.csv", StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMissingColumn() throws Exception {
        assertEquals("""
                register.csv:1:1: the column 'DENOMINATIE' is missing from DUO's file of school locations
                    hint: the import needs it; download the register's export again
                Import stopped: 1 problem. Nothing was written.
                """, refused("duo", duo(";DENOMINATIE;", ";RICHTING;")));
    }

    @Test
    void aWrongEncoding() throws Exception {
        assertEquals("""
                register.csv:1:1: the file is not text in UTF-8 or Windows-1252 (it looks like UTF-16 or a binary file)
                    hint: save it as CSV in UTF-8, or give the register's export as it was downloaded
                Import stopped: 1 problem. Nothing was written.
                """, refused("duo", fixture("duo-schoolvestigingen.csv", WINDOWS_1252).getBytes(StandardCharsets.UTF_16)));
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] latin = fixture("duo-schoolvestigingen.csv", WINDOWS_1252).getBytes(WINDOWS_1252);
        byte[] mixed = new byte[bom.length + latin.length];
        System.arraycopy(bom, 0, mixed, 0, 3);
        System.arraycopy(latin, 0, mixed, 3, latin.length);
        assertEquals("""
                register.csv:4:1: the file says it is UTF-8 but this line is not
                    hint: save the file again as UTF-8
                Import stopped: 1 problem. Nothing was written.
                """, refused("duo", mixed));
    }

    @Test
    void aMunicipalityWithNoRows() throws Exception {
        Path other = tmp.resolve("other");
        assertEquals(0, cli.run("init", other.toString(), "--municipality", "0999", "--name", "Nergenshuizen"));
        Path file = write(tmp.resolve("duo.csv"), fixture("duo-schoolvestigingen.csv", WINDOWS_1252), WINDOWS_1252);
        Map<String, String> untouched = snapshot(other);
        assertEquals(1, cli.run("import", "duo", file.toString(), other.toString()));
        assertEquals("""
                %s:1:1: the file has no school locations of municipality 0999 (Nergenshuizen)
                    hint: check cbs_code in data/atlas.yaml; GEMEENTENUMMER holds the 4 digits
                Import stopped: 1 problem. Nothing was written.
                """.formatted(file), cli.err());
        assertEquals(untouched, snapshot(other));
    }

    @Test
    void unreadableRowsAreAllReportedWithTheirLines() throws Exception {
        assertEquals("""
                register.csv:2:1: this row cannot be read: 'XX' is not a vestigingscode (2 digits, 2 letters, 2 digits)
                    hint: the file may be damaged; download it again
                register.csv:3:1: this row has 30 fields, but the header has 31
                    hint: a ';' too many or too few in this row; the file may have been edited by hand
                Import stopped: 2 problems. Nothing was written.
                """, refused("duo", fixture("duo-schoolvestigingen.csv", WINDOWS_1252)
                .replace("16DB;16DB00;", "16DB;XX;")
                .replace("Groeneweg;127-A;2661 KV;BERGSCHENHOEK;1621", "Groeneweg 127-A;2661 KV;BERGSCHENHOEK;1621")
                .getBytes(WINDOWS_1252)));
    }

    @Test
    void aMissingFileOrAtlasSettings() throws Exception {
        assertEquals(1, cli.run("import", "duo", tmp.resolve("nowhere.csv").toString(), atlas.toString()));
        assertEquals(tmp.resolve("nowhere.csv") + ":1:1: the file does not exist\n"
                + "    hint: give the path of the register's export\nImport stopped: 1 problem. Nothing was written.\n",
                cli.err());
        assertEquals(2, cli.run("import", "schools", "x.csv", atlas.toString()));
        assertEquals("ikc-atlas import: unknown register 'schools'; use one of duo, lrk, cbs-wijken, postcodes",
                cli.err().lines().findFirst().orElseThrow());
    }
}
