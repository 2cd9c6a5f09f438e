package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.WINDOWS_1252;
import static nl.ikcatlas.importer.ImportCli.fixture;
import static nl.ikcatlas.importer.ImportCli.read;
import static nl.ikcatlas.importer.ImportCli.snapshot;
import static nl.ikcatlas.importer.ImportCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import duo on a hand-written file in DUO's format (Windows-1252, ';', CRLF): new records, editions, merge rules. */
class DuoImportTest {
    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private Path atlas;
    private Path duo;

    @BeforeEach
    void newAtlas() {
        atlas = tmp.resolve("atlas");
        assertEquals(0, cli.run("init", atlas.toString(), "--municipality", "1621", "--name", "Lansingerland"), cli.err());
        duo = write(tmp.resolve("duo.csv"), fixture("duo-schoolvestigingen.csv", WINDOWS_1252), WINDOWS_1252);
    }

    private int importDuo(String... more) {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"import", "duo", duo.toString(), atlas.toString(), "--date=2026-10-01"}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return cli.run(args);
    }

    /** The same file with {@code from} replaced by {@code to}, as a new edition of the register. */
    private void edition(String from, String to) {
        String text = new String(readBytes(duo), WINDOWS_1252);
        assertFalse(text.equals(text.replace(from, to)), from);
        write(duo, text.replace(from, to), WINDOWS_1252);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void newRecordsAreWrittenInTheAtlasFormat() {
        assertEquals(0, importDuo(), cli.err());
        assertEquals("""
                # yaml-language-server: $schema=../../schema/school.schema.json
                id: de-springplank
                vestigingscode: 32JC00
                name: De Springplank
                board: bestuur-20047
                address: Groeneweg 127-A
                postcode: 2661 KV
                place: Bergschenhoek
                area: bergschenhoek # set by import
                denomination: Islamitisch
                source: duo
                """, read(atlas.resolve("data/schools/de-springplank.yaml")));
        assertEquals("""
                # yaml-language-server: $schema=../../schema/school.schema.json
                id: kindcentrum-de-brucke
                vestigingscode: 16EL01
                name: Kindcentrum De Brücke
                board: bestuur-24597
                address: Hoefweg 49
                postcode: 2665 CB
                place: Bleiswijk
                area: bleiswijk # set by import
                denomination: Rooms-Katholiek
                website: http://www.brucke.nl
                source: duo
                """, read(atlas.resolve("data/schools/kindcentrum-de-brucke.yaml")));
        assertEquals("""
                # yaml-language-server: $schema=../../schema/board.schema.json
                id: bestuur-24597
                number: '24597'
                denomination: Rooms-Katholiek
                source: duo
                """, read(atlas.resolve("data/boards/bestuur-24597.yaml")));
        assertEquals("""
                # yaml-language-server: $schema=../../schema/area.schema.json
                id: bleiswijk
                name: Bleiswijk
                kind: kern
                source: duo
                """, read(atlas.resolve("data/areas/bleiswijk.yaml")));
        assertEquals("""
                added   data/boards/bestuur-24597.yaml (number 24597)
                added   data/boards/bestuur-20047.yaml (number 20047)
                added   data/areas/bleiswijk.yaml (Bleiswijk)
                added   data/areas/bergschenhoek.yaml (Bergschenhoek)
                added   data/schools/de-oosthoek.yaml (De Oosthoek)
                added   data/schools/de-springplank.yaml (De Springplank)
                added   data/schools/kindcentrum-de-brucke.yaml (Kindcentrum De Brücke)
                7 added, 0 changed, 0 renamed, 0 closed.
                3 records have no coordinates yet; run the import again with --geocode, or write them by hand (coordinates: lat, lon):
                  data/schools/de-oosthoek.yaml
                  data/schools/de-springplank.yaml
                  data/schools/kindcentrum-de-brucke.yaml
                """, cli.out());
        String settings = read(atlas.resolve("data/atlas.yaml"));
        assertEquals(true, settings.contains("""
                - id: duo
                  name: Alle schoolvestigingen basisonderwijs
                  publisher: DUO
                  url: https://duo.nl/open_onderwijsdata/
                  date: 2026-10-01
                """), settings);
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        assertEquals(0, importDuo());
        Map<String, String> before = snapshot(atlas);
        assertEquals(0, importDuo());
        assertEquals("No changes: the atlas already has what the register says.\n",
                cli.out().lines().findFirst().orElseThrow() + "\n");
        assertEquals(before, snapshot(atlas));
    }

    @Test
    void aNewEditionChangesWhatTheRegisterOwnsAndKeepsEverythingEditorsWrote() {
        assertEquals(0, importDuo());
        Path school = atlas.resolve("data/schools/de-oosthoek.yaml");
        write(school, """
                # yaml-language-server: $schema=../../schema/school.schema.json
                # Checked by the municipality in 2026.
                id: de-oosthoek
                vestigingscode: 16DB00
                name: De Oosthoek
                board: bestuur-24597
                address: IJsvogellaan 14
                postcode: 2665 ES
                place: Bleiswijk
                coordinates:   # measured on site
                  lat: 52.0146
                  lon: 4.5418
                area: bleiswijk-noord
                denomination: Rooms-Katholiek
                website: https://www.kbsoosthoek.nl
                pupils:
                  count: 212
                  year: 2025
                  source: duo
                source: duo
                """, StandardCharsets.UTF_8);
        edition("De Oosthoek;IJsvogellaan;14;2665 ES", "KBS De Oosthoek;IJsvogellaan;16;2665 ES");
        edition("www.kbsoosthoek.nl", " ");
        edition("Zuid-Holland;20047;32JC;32JC00", "Zuid-Holland;20047;32JC;32JC09");

        assertEquals(0, importDuo(), cli.err());

        assertEquals("""
                # yaml-language-server: $schema=../../schema/school.schema.json
                # Checked by the municipality in 2026.
                id: de-oosthoek
                vestigingscode: 16DB00
                name: KBS De Oosthoek
                board: bestuur-24597
                address: IJsvogellaan 16
                postcode: 2665 ES
                place: Bleiswijk
                coordinates:   # measured on site
                  lat: 52.0146
                  lon: 4.5418
                area: bleiswijk-noord
                denomination: Rooms-Katholiek
                pupils:
                  count: 212
                  year: 2025
                  source: duo
                former_names:
                - name: De Oosthoek
                  until: 2026-10-01
                source: duo
                """, read(school));
        assertEquals("""
                # yaml-language-server: $schema=../../schema/school.schema.json
                id: de-springplank
                vestigingscode: 32JC00
                name: De Springplank
                board: bestuur-20047
                address: Groeneweg 127-A
                postcode: 2661 KV
                place: Bergschenhoek
                area: bergschenhoek # set by import
                denomination: Islamitisch
                closed: 2026-10-01
                source: duo
                """, read(atlas.resolve("data/schools/de-springplank.yaml")));
        assertEquals("""
                renamed data/schools/de-oosthoek.yaml: 'De Oosthoek' -> 'KBS De Oosthoek' (the old name is kept in former_names)
                changed data/schools/de-oosthoek.yaml: address 'IJsvogellaan 14' -> 'IJsvogellaan 16'
                changed data/schools/de-oosthoek.yaml: website 'https://www.kbsoosthoek.nl' -> (none)
                added   data/schools/de-springplank-32jc09.yaml (De Springplank)
                closed  data/schools/de-springplank.yaml (De Springplank) on 2026-10-01: no longer in the register
                1 added, 2 changed, 1 renamed, 1 closed.
                3 records have no coordinates yet; run the import again with --geocode, or write them by hand (coordinates: lat, lon):
                  data/schools/de-springplank-32jc09.yaml
                  data/schools/de-springplank.yaml
                  data/schools/kindcentrum-de-brucke.yaml
                """, cli.out());

        Map<String, String> after = snapshot(atlas);
        assertEquals(0, importDuo());
        assertEquals(after, snapshot(atlas));
        assertEquals(true, cli.out().startsWith("No changes"), cli.out());
    }

    @Test
    void coordinatesSetByTheImportAreLookedUpAgainWhenTheAddressChanges() {
        assertEquals(0, importDuo());
        Path school = atlas.resolve("data/schools/de-oosthoek.yaml");
        String text = read(school).replace("source: duo\n", """
                coordinates: # set by import from PDOK Locatieserver
                  lat: 52.01461
                  lon: 4.54183
                source: duo
                """);
        write(school, text, StandardCharsets.UTF_8);
        edition(";IJsvogellaan;14;2665 ES", ";IJsvogellaan;16;2665 ES");
        assertEquals(0, importDuo());
        assertEquals(false, read(school).contains("coordinates"), read(school));
        assertEquals(true, cli.out().contains(
                "changed data/schools/de-oosthoek.yaml: coordinates 'lat: 52.01461, lon: 4.54183' -> (none)\n"), cli.out());
    }

    @Test
    void aDryRunPrintsTheChangesAndWritesNothing() {
        Map<String, String> before = snapshot(atlas);
        assertEquals(0, importDuo("--dry-run"));
        assertEquals(true, cli.out().contains("7 added, 0 changed, 0 renamed, 0 closed. Dry run: nothing was written.\n"),
                cli.out());
        assertEquals(before, snapshot(atlas));
    }
}
