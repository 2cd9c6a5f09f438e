package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.fixture;
import static nl.ikcatlas.importer.ImportCli.read;
import static nl.ikcatlas.importer.ImportCli.snapshot;
import static nl.ikcatlas.importer.ImportCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import lrk on a hand-written export in the LRK's format (UTF-8 with a byte order mark, ';'). */
class LrkImportTest {
    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private Path atlas;
    private Path lrk;

    @BeforeEach
    void newAtlas() {
        atlas = tmp.resolve("atlas");
        assertEquals(0, cli.run("init", atlas.toString(), "--municipality", "1621", "--name", "Lansingerland"));
        lrk = write(tmp.resolve("lrk.csv"), "\uFEFF" + fixture("lrk-export.csv", StandardCharsets.UTF_8).substring(1),
                StandardCharsets.UTF_8);
    }

    private int importLrk() {
        return cli.run("import", "lrk", lrk.toString(), atlas.toString(), "--date", "2026-10-01");
    }

    @Test
    void locationsAndHoldersOfTheMunicipalityAreImported() {
        assertEquals(0, importLrk(), cli.err());
        assertEquals("""
                # yaml-language-server: $schema=../../schema/childcare.schema.json
                id: kinderdagverblijf-de-zonnebloem
                lrk: '123456789'
                name: Kinderdagverblijf De Zonnebloem
                holder: stichting-kinderopvang-zonnig
                care_types:
                - kdv
                places:
                  kdv: 32
                vve: true
                address: Dorpsstraat 12
                postcode: 2665 BJ
                place: Bleiswijk
                area: bleiswijk # set by import
                lrk_url: https://www.landelijkregisterkinderopvang.nl/pp/inzien/Oko/InzienOko.jsf?oko=123456789
                website: https://www.zonnig.nl
                opened: 2012-03-01
                source: lrk
                """, read(atlas.resolve("data/childcare/kinderdagverblijf-de-zonnebloem.yaml")));
        assertEquals("""
                added   data/holders/stichting-kinderopvang-zonnig.yaml (Stichting Kinderopvang Zonnig)
                added   data/holders/houder-71234567.yaml (Houder van Kinderopvang Het Vlindertje)
                added   data/areas/bleiswijk.yaml (Bleiswijk)
                added   data/childcare/kinderdagverblijf-de-zonnebloem.yaml (Kinderdagverblijf De Zonnebloem)
                added   data/childcare/bso-de-zonnebloem.yaml (BSO De Zonnebloem)
                added   data/childcare/kinderopvang-het-vlindertje.yaml (Kinderopvang Het Vlindertje)
                6 added, 0 changed, 0 renamed, 0 closed.
                """, cli.out().substring(0, cli.out().indexOf("3 records have")));
        Map<String, String> after = snapshot(atlas);
        assertEquals(0, importLrk());
        assertEquals(after, snapshot(atlas));
    }

    @Test
    void noPersonalDataReachesAnyRecord() {
        Map<String, String> before = snapshot(atlas);
        assertEquals(0, importLrk());
        Map<String, String> written = snapshot(atlas);
        written.entrySet().removeIf(file -> file.getValue().equals(before.get(file.getKey())));
        assertEquals(List.of("data/areas/bleiswijk.yaml", "data/atlas.yaml", "data/childcare/bso-de-zonnebloem.yaml",
                "data/childcare/kinderdagverblijf-de-zonnebloem.yaml", "data/childcare/kinderopvang-het-vlindertje.yaml",
                "data/holders/houder-71234567.yaml", "data/holders/stichting-kinderopvang-zonnig.yaml"),
                List.copyOf(written.keySet()));
        List<String> personal = List.of("Pietersen", "0612345678", "p.pietersen@zonnig.nl", "Jolanda", "Vries-Bakker",
                "0687654321", "jolanda.devries@gmail.com", "Karin", "Smit", "0611111111", "karin.smit@hotmail.com",
                "Henk", "henk@thuis.nl", "0102222222", "Gastouder", "Thuis", "Postbus", "Hoefweg 3,");
        written.forEach((file, text) -> personal.forEach(value ->
                assertFalse(text.contains(value), file + " contains '" + value + "'")));
        assertEquals("""
                # yaml-language-server: $schema=../../schema/holder.schema.json
                id: houder-71234567
                name: Houder van Kinderopvang Het Vlindertje
                kvk: '71234567'
                source: lrk
                """, read(atlas.resolve("data/holders/houder-71234567.yaml")));
    }

    @Test
    void deregisteredAndVanishedLocationsAreClosedAndAnEditorsPeuteropvangStays() {
        String registered = read(lrk).replace(";Uitgeschreven;", ";Ingeschreven;");
        write(lrk, registered, StandardCharsets.UTF_8);
        assertEquals(0, importLrk());
        Path hoefijzer = atlas.resolve("data/childcare/peuteropvang-het-hoefijzer.yaml");
        write(hoefijzer, read(hoefijzer).replace("- kdv\n", "- peuteropvang\n").replace("  kdv: 16\n", "  peuteropvang: 16\n"),
                StandardCharsets.UTF_8);

        write(lrk, read(lrk).replace(";Ingeschreven;01-09-2010;", ";Uitgeschreven;01-09-2010;")
                .replace("223456789;BSO;", "223456780;BSO;"), StandardCharsets.UTF_8);
        assertEquals(0, importLrk(), cli.err());
        assertEquals("""
                added   data/childcare/bso-de-zonnebloem-223456780.yaml (BSO De Zonnebloem)
                closed  data/childcare/peuteropvang-het-hoefijzer.yaml (Peuteropvang Het Hoefijzer) on 2026-10-01: deregistered in the register
                closed  data/childcare/bso-de-zonnebloem.yaml (BSO De Zonnebloem) on 2026-10-01: no longer in the register
                1 added, 0 changed, 0 renamed, 2 closed.
                """, cli.out().substring(0, cli.out().indexOf("5 records have")));
        String closed = read(hoefijzer);
        assertEquals(true, closed.contains("care_types:\n- peuteropvang\nplaces:\n  peuteropvang: 16\n"), closed);
        assertEquals(true, closed.contains("opened: 2010-09-01\nclosed: 2026-10-01\nsource: lrk\n"), closed);
    }
}
