package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.fixture;
import static nl.ikcatlas.importer.ImportCli.read;
import static nl.ikcatlas.importer.ImportCli.snapshot;
import static nl.ikcatlas.importer.ImportCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import cbs-wijken on hand-written GeoJSON in PDOK's format, in WGS84 and in RD New. */
class CbsWijkenImportTest {
    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private Path atlas;

    @BeforeEach
    void atlasWithSchools() {
        atlas = cli.lansingerlandWithSchools(tmp);
    }


    private Path file(String name) {
        return write(tmp.resolve(name), fixture(name, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void wijkenBecomeAreasWithBoundariesAndPlacesMoveIntoThem() {
        Path brucke = atlas.resolve("data/schools/kindcentrum-de-brucke.yaml");
        write(brucke, read(brucke).replace("area: bleiswijk # set by import", "area: bleiswijk"), StandardCharsets.UTF_8);

        assertEquals(0, cli.run("import", "cbs-wijken", file("cbs-wijken-wgs84.geojson").toString(), atlas.toString(),
                "--date", "2026-10-01"), cli.err());

        assertEquals("""
                added   data/areas/bleiswijk-centrum.yaml (Bleiswijk Centrum)
                added   data/areas/bergschenhoek-dorp.yaml (Bergschenhoek Dorp)
                changed data/schools/de-oosthoek.yaml: area 'bleiswijk' -> 'bleiswijk-centrum'
                changed data/schools/de-springplank.yaml: area 'bergschenhoek' -> 'bergschenhoek-dorp'
                2 added, 2 changed, 0 renamed, 0 closed.
                """, cli.out());
        assertEquals("""
                # yaml-language-server: $schema=../../schema/area.schema.json
                id: bleiswijk-centrum
                name: Bleiswijk Centrum
                kind: wijk
                cbs_code: WK162120
                boundary: boundaries/wk162120.geojson
                source: cbs
                """, read(atlas.resolve("data/areas/bleiswijk-centrum.yaml")));
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"wijkcode\":"
                + "\"WK162120\",\"wijknaam\":\"Bleiswijk Centrum\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[4.52,52.0],[4.56,52.0],[4.56,52.03],[4.52,52.03],[4.52,52.0]]]}}]}\n",
                read(atlas.resolve("data/boundaries/wk162120.geojson")));
        assertTrue(read(atlas.resolve("data/schools/de-oosthoek.yaml")).contains("area: bleiswijk-centrum # set by import\n"));
        assertTrue(read(brucke).contains("area: bleiswijk\n"), "an editor's area stays");
        assertTrue(read(atlas.resolve("data/atlas.yaml")).contains("- id: cbs\n  name: Wijk- en buurtkaart\n"));

        Map<String, String> after = snapshot(atlas);
        assertEquals(0, cli.run("import", "cbs-wijken", file("cbs-wijken-wgs84.geojson").toString(), atlas.toString()));
        assertEquals("No changes: the atlas already has what the register says.\n", cli.out());
        assertEquals(after, snapshot(atlas));
        assertEquals(0, cli.run("validate", atlas.toString()), cli.err());
    }

    @Test
    void wijkenInRdNewKeepTheirCoordinateSystem() {
        assertEquals(0, cli.run("import", "cbs-wijken", file("cbs-wijken-rd.geojson").toString(), atlas.toString()),
                cli.err());
        assertEquals("""
                added   data/areas/lansingerland-oost.yaml (Lansingerland-Oost)
                changed data/schools/de-oosthoek.yaml: area 'bleiswijk' -> 'lansingerland-oost'
                changed data/schools/de-springplank.yaml: area 'bergschenhoek' -> 'lansingerland-oost'
                changed data/schools/kindcentrum-de-brucke.yaml: area 'bleiswijk' -> 'lansingerland-oost'
                1 added, 3 changed, 0 renamed, 0 closed.
                """, cli.out());
        assertTrue(read(atlas.resolve("data/boundaries/wk162100.geojson")).startsWith("{\"type\":\"FeatureCollection\","
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}},"));
        assertEquals(0, cli.run("validate", atlas.toString()), cli.err());
    }

    @Test
    void aFileOfOtherAreasIsRefused() {
        Path buurten = write(tmp.resolve("buurten.geojson"), fixture("cbs-wijken-wgs84.geojson", StandardCharsets.UTF_8)
                .replace("\"wijkcode\"", "\"buurtcode\""), StandardCharsets.UTF_8);
        Map<String, String> before = snapshot(atlas);
        assertEquals(1, cli.run("import", "cbs-wijken", buurten.toString(), atlas.toString()));
        assertEquals(buurten + ":1:1: this is not a GeoJSON file of CBS wijken: its features have no property 'wijkcode'\n"
                + "    hint: take the wijken layer of the CBS wijk- en buurtkaart, not the buurten or gemeenten\n"
                + "Import stopped: 1 problem. Nothing was written.\n", cli.err());
        Path broken = write(tmp.resolve("broken.geojson"), "{\"type\": \"FeatureCollection\",\n \"features\": [,]}",
                StandardCharsets.UTF_8);
        assertEquals(1, cli.run("import", "cbs-wijken", broken.toString(), atlas.toString()));
        assertTrue(cli.err().startsWith(broken + ":2:15: this is not a GeoJSON file of CBS wijken: "), cli.err());
        assertEquals(before, snapshot(atlas));
    }
}
