package nl.ikcatlas.importer;

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

/** import postcodes on hand-written GeoJSON in the form of PDOK's CBS Postcode4, in WGS84 and in RD New. */
class PostcodeImportTest {
    /** 2661 a square, 2665 two polygons (the first with a hole), 3011 in Rotterdam, more than 5 km from every school. */
    private static final String WGS84 = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"postcode": "2661", "jaarcode": 2024},
              "geometry": {"type": "Polygon", "coordinates": [[[4.49, 51.98], [4.51, 51.98], [4.51, 52.0], [4.49, 52.0],
                [4.49, 51.98]]]}},
             {"type": "Feature", "properties": {"postcode": 2665, "jaarcode": 2024},
              "geometry": {"type": "MultiPolygon", "coordinates": [
               [[[4.53, 52.0], [4.55, 52.0], [4.55, 52.02], [4.53, 52.02], [4.53, 52.0]],
                [[4.535, 52.005], [4.535, 52.015], [4.545, 52.015], [4.545, 52.005], [4.535, 52.005]]],
               [[[4.56, 52.0], [4.58, 52.0], [4.58, 52.01], [4.56, 52.01], [4.56, 52.0]]]]}},
             {"type": "Feature", "properties": {"postcode": "3011", "jaarcode": 2024},
              "geometry": {"type": "Polygon", "coordinates": [[[4.47, 51.91], [4.49, 51.91], [4.49, 51.93], [4.47, 51.93],
                [4.47, 51.91]]]}}
            ]}
            """;

    /** The same in RD New, from an API that gave two years: 2665 of 2023 lies elsewhere and gives way to 2024. */
    private static final String RD = """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
             "features": [
             {"type": "Feature", "properties": {"postcode": "2661", "jaarcode": 2024},
              "geometry": {"type": "Polygon", "coordinates": [[[93000, 444000], [95000, 444000], [95000, 446000],
                [93000, 446000], [93000, 444000]]]}},
             {"type": "Feature", "properties": {"postcode": "2665", "jaarcode": 2023},
              "geometry": {"type": "Polygon", "coordinates": [[[90000, 440000], [91000, 440000], [91000, 441000],
                [90000, 441000], [90000, 440000]]]}},
             {"type": "Feature", "properties": {"postcode": "2665", "jaarcode": 2024},
              "geometry": {"type": "Polygon", "coordinates": [[[96000, 447000], [98000, 447000], [98000, 449000],
                [96000, 449000], [96000, 447000]]]}},
             {"type": "Feature", "properties": {"postcode": "3011", "jaarcode": 2024},
              "geometry": {"type": "Polygon", "coordinates": [[[92000, 437000], [93000, 437000], [93000, 438000],
                [92000, 438000], [92000, 437000]]]}}
            ]}
            """;

    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private Path atlas;

    @BeforeEach
    void atlasWithSchools() {
        atlas = cli.lansingerlandWithSchools(tmp);
    }

    private Path geojson(String name, String text) {
        return write(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theCentroidsOfPostcodesNearTheSchoolsAreWrittenAndTheSearchUsesThem() {
        Path file = geojson("postcode4.geojson", WGS84);
        assertEquals(0, cli.run("import", "postcodes", file.toString(), atlas.toString(), "--date", "2026-10-01"),
                cli.err());
        assertEquals("""
                added   data/postcodes.csv (postcode 2661 at 51.9900, 4.5000)
                added   data/postcodes.csv (postcode 2665 at 52.0080, 4.5520)
                2 added, 0 changed, 0 renamed, 0 closed.
                """, cli.out());
        assertEquals("""
                # Bron: CBS Postcode4 (PDOK), 2024, ingelezen op 2026-10-01.
                # Het zwaartepunt van elk postcodegebied binnen 5 km van een school of opvanglocatie in de atlas,
                # gemaakt met 'import postcodes'. Regels met een postcode van 6 tekens zijn van de redactie en blijven staan.
                postcode,lat,lon
                2661,51.9900,4.5000
                2665,52.0080,4.5520
                """, read(atlas.resolve("data/postcodes.csv")));
        assertTrue(read(atlas.resolve("data/atlas.yaml")).contains("- id: cbs-postcode4\n  name: CBS Postcode4\n"));

        Map<String, String> after = snapshot(atlas);
        assertEquals(0, cli.run("import", "postcodes", file.toString(), atlas.toString(), "--date", "2026-11-01"));
        assertEquals("No changes: the atlas already has what the register says.\n", cli.out());
        assertEquals(after, snapshot(atlas));

        Path site = tmp.resolve("site");
        assertEquals(0, cli.run("build", atlas.toString(), "--out", site.toString()), cli.err());
        String index = read(site.resolve("zoeken/zoekindex.js"));
        assertTrue(index.contains("\"2661\":[51.99,4.5]") && index.contains("\"2665\":[52.008,4.552]"), index);
    }

    @Test
    void aNewEditionInRdNewMovesAddsAndRemovesPostcodesAndKeepsTheEditorsLines() {
        write(atlas.resolve("data/postcodes.csv"), """
                # Bron: eigen metingen
                postcode,lat,lon
                2661,51.9800,4.5000
                2600,52.0100,4.3600
                3011,51.9200,4.4800
                2665 AB,52.0120,4.5400
                """, StandardCharsets.UTF_8);
        Path file = geojson("postcode4-rd.geojson", RD);

        assertEquals(0, cli.run("import", "postcodes", file.toString(), atlas.toString(), "--dry-run"), cli.err());
        assertEquals("""
                changed data/postcodes.csv: postcode 2661 '51.9800, 4.5000' -> '51.9900, 4.4991'
                added   data/postcodes.csv (postcode 2665 at 52.0173, 4.5423)
                removed data/postcodes.csv (postcode 2600): not in the register's file
                removed data/postcodes.csv (postcode 3011): farther than 5 km from every school and childcare location
                1 added, 1 changed, 0 renamed, 0 closed, 2 removed. Dry run: nothing was written.
                """, cli.out());
        assertTrue(read(atlas.resolve("data/postcodes.csv")).startsWith("# Bron: eigen metingen\n"), "a dry run writes nothing");

        assertEquals(0, cli.run("import", "postcodes", file.toString(), atlas.toString(), "--date", "2026-10-01"));
        assertEquals("""
                # Bron: CBS Postcode4 (PDOK), 2024, ingelezen op 2026-10-01.
                # Het zwaartepunt van elk postcodegebied binnen 5 km van een school of opvanglocatie in de atlas,
                # gemaakt met 'import postcodes'. Regels met een postcode van 6 tekens zijn van de redactie en blijven staan.
                postcode,lat,lon
                2661,51.9900,4.4991
                2665,52.0173,4.5423
                2665 AB,52.0120,4.5400
                """, read(atlas.resolve("data/postcodes.csv")));
        assertEquals(0, cli.run("validate", atlas.toString()), cli.err());
    }

    @Test
    void badFeaturesAreReportedAtTheirLinesAndNothingIsWritten() {
        Path file = geojson("bad.geojson", """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"postcode": "2661"},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.49, 51.98], [4.51, 51.98], [4.51, 52.0],
                    [4.49, 52.0], [4.49, 51.98]]]}},
                 {"type": "Feature", "properties": {"postcode": "2661 AB"},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.49, 51.98], [4.51, 51.98], [4.51, 52.0],
                    [4.49, 52.0], [4.49, 51.98]]]}},
                 {"type": "Feature", "properties": {"postcode": 266},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.49, 51.98], [4.51, 51.98], [4.51, 52.0],
                    [4.49, 52.0], [4.49, 51.98]]]}},
                 {"type": "Feature", "properties": {"postcode": "2665"},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.53, 52.0], ["4.55", 52.0], [4.55, 52.02],
                    [4.53, 52.02], [4.53, 52.0]]]}},
                 {"type": "Feature", "properties": {"postcode": "2661"},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.49, 51.98], [4.51, 51.98], [4.51, 52.0],
                    [4.49, 52.0], [4.49, 51.98]]]}}
                ]}
                """);
        Map<String, String> before = snapshot(atlas);
        assertEquals(1, cli.run("import", "postcodes", file.toString(), atlas.toString()));
        assertEquals(file + ":5:2: this feature's postcode '2661 AB' is not a postcode of 4 digits\n"
                + "    hint: this import reads the areas of 4-digit postcodes (CBS Postcode4)\n"
                + file + ":8:2: this feature's postcode '266' is not a postcode of 4 digits\n"
                + "    hint: this import reads the areas of 4-digit postcodes (CBS Postcode4)\n"
                + file + ":12:66: a position must be a pair of numbers: [longitude, latitude]\n"
                + file + ":14:2: the postcode 2661 is in the file twice: also at line 2\n"
                + "    hint: the file may be damaged; download it again\n"
                + "Import stopped: 4 problems. Nothing was written.\n", cli.err());
        assertEquals(before, snapshot(atlas));
    }

    @Test
    void otherFilesPostcodesFarAwayAndSwappedPositionsAreRefused() {
        Path buurten = geojson("buurten.geojson", WGS84.replace("\"postcode\"", "\"buurtcode\""));
        assertEquals(1, cli.run("import", "postcodes", buurten.toString(), atlas.toString()));
        assertEquals(buurten + ":1:1: this is not a GeoJSON file of CBS postcode areas (Postcode4): its features have no"
                + " property 'postcode'\n"
                + "    hint: take the postcode4 layer of CBS Postcode4, not the postcode6 layer or another map\n"
                + "Import stopped: 1 problem. Nothing was written.\n", cli.err());

        Path rotterdam = geojson("rotterdam.geojson", """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"postcode": "3011"},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.47, 51.91], [4.49, 51.91], [4.49, 51.93],
                    [4.47, 51.93], [4.47, 51.91]]]}},
                 {"type": "Feature", "properties": {"postcode": "3012"},
                  "geometry": {"type": "Polygon", "coordinates": [[[4.45, 51.91], [4.47, 51.91], [4.47, 51.93],
                    [4.45, 51.93], [4.45, 51.91]]]}}
                ]}
                """);
        assertEquals(1, cli.run("import", "postcodes", rotterdam.toString(), atlas.toString()));
        assertEquals(rotterdam + ":1:1: none of the 2 postcode areas lies within 5 km of a school or childcare location of"
                + " the atlas\n"
                + "    hint: take the postcode areas of the municipality's region (in WGS84, or in RD New with its crs)\n"
                + "Import stopped: 1 problem. Nothing was written.\n", cli.err());

        Path swapped = geojson("swapped.geojson", """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"postcode": "2661"},
                  "geometry": {"type": "Polygon", "coordinates": [[[51.98, 4.49], [51.98, 4.51], [52.0, 4.51],
                    [52.0, 4.49], [51.98, 4.49]]]}}
                ]}
                """);
        assertEquals(1, cli.run("import", "postcodes", swapped.toString(), atlas.toString()));
        assertEquals(swapped + ":2:2: the area of postcode 2661 lies outside the Netherlands (4.5000, 51.9900)\n"
                + "    hint: its positions seem to be [latitude, longitude]: GeoJSON writes [longitude, latitude]\n"
                + "Import stopped: 1 problem. Nothing was written.\n", cli.err());
    }
}
