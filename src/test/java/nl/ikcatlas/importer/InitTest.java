package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.read;
import static nl.ikcatlas.importer.ImportCli.snapshot;
import static nl.ikcatlas.importer.ImportCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init: a new atlas folder with the shipped pages and templates, free of any other municipality. */
class InitTest {
    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();

    @Test
    void aNewAtlasHasSettingsTheInstrumentPagesAndTemplates() {
        Path atlas = tmp.resolve("assen");
        assertEquals(0, cli.run("init", atlas.toString(), "--municipality", "0106", "--name", "Assen"), cli.err());
        String today = LocalDate.now().toString();
        assertEquals("""
                # yaml-language-server: $schema=../schema/atlas.schema.json
                municipality: Assen
                cbs_code: GM0106
                edition: %s
                summary: Deze atlas laat zien welke basisscholen en kinderopvang er in Assen zijn, en hoe ver zij zijn met samenwerken in een kindcentrum.
                sources:
                - id: instrument
                  name: Ontwikkelinstrument IKC
                  date: %s
                  description: 'Het instrument waarmee school en opvang samen bepalen hoe ver zij zijn: 12 thema''s, elk op 5 niveaus.'
                contact:
                  organisation: Gemeente Assen
                """.formatted(today, today), read(atlas.resolve("data/atlas.yaml")));
        String instrument = read(atlas.resolve("data/instrument.yaml"));
        assertTrue(instrument.startsWith("# yaml-language-server: $schema=../schema/instrument.schema.json\n"));
        assertTrue(instrument.contains("\nsource: instrument\n"), instrument);
        Map<String, String> files = snapshot(atlas);
        assertEquals(snapshot(Path.of("content")).keySet().stream().map(f -> "content/" + f).toList(),
                files.keySet().stream().filter(f -> f.startsWith("content/")).toList());
        assertTrue(files.containsKey("templates/zoeken.ftl") && files.containsKey("templates/assets/atlas.css"));
        for (String name : List.of("Lansingerland", "Bleiswijk", "Bergschenhoek", "Berkel", "Oosthoek", "2665")) {
            files.forEach((file, text) -> {
                if (file.startsWith("content/") || file.startsWith("templates/")) {
                    assertFalse(text.contains(name), file + " names " + name);
                }
            });
        }
        assertTrue(cli.out().startsWith("Made a new atlas for Assen (GM0106) in " + atlas + ".\nStill to do:\n"
                + "- Schools: import DUO's file of school locations: import duo FILE DIR\n"), cli.out());
    }

    @Test
    void initNeverWritesIntoAFolderThatHasFiles() {
        Path folder = tmp.resolve("full");
        write(folder.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        assertEquals(1, cli.run("init", folder.toString(), "--municipality", "0106", "--name", "Assen"));
        assertEquals(folder + ":1:1: this folder exists and is not empty\n"
                + "    hint: init makes a new atlas in a new or empty folder; to update an atlas, use 'import'\n"
                + "Nothing was written.\n", cli.err());
        assertEquals(Map.of("notes.txt", "mine"), snapshot(folder));
    }

    @Test
    void theNameComesFromARegisterOrMustBeGiven() {
        assertEquals(1, cli.run("init", tmp.resolve("a").toString(), "--municipality", "0106"));
        assertEquals(tmp.resolve("a") + ":1:1: the name of municipality 0106 is not known\n"
                + "    hint: give it with --name, or give a register with --duo\nNothing was written.\n", cli.err());
        assertFalse(Files.exists(tmp.resolve("a")));
        assertEquals(2, cli.run("init", tmp.resolve("a").toString(), "--municipality", "106"));
        assertTrue(cli.err().startsWith("ikc-atlas init: give the municipality's CBS number with --municipality,"
                + " 4 digits like 0106\n"), cli.err());
    }

    @Test
    void aFailedImportLeavesNoAtlasBehind() {
        Path duo = write(tmp.resolve("duo.csv"), "VESTIGINGSCODE;GEMEENTENUMMER\r\n16DB00;1621\r\n", StandardCharsets.UTF_8);
        Path atlas = tmp.resolve("new");
        assertEquals(1, cli.run("init", atlas.toString(), "--municipality", "1621", "--name", "Lansingerland",
                "--duo", duo.toString()));
        assertTrue(cli.err().contains("the column 'BEVOEGD GEZAG NUMMER' is missing"), cli.err());
        assertTrue(cli.err().endsWith("Import stopped: 9 problems. Nothing was written.\nThe new atlas was removed again.\n"),
                cli.err());
        assertFalse(Files.exists(atlas));
    }
}
