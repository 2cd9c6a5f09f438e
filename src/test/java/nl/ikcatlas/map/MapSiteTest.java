package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maps, geodata and coordinate checks of a tiny atlas built with the repository's real templates. */
class MapSiteTest {
    @TempDir
    Path dir;
    private int atlases;

    /** The valid site, built once for the tests that only read it. */
    private static Path valid;

    @BeforeAll
    static void buildValid(@TempDir Path shared) {
        valid = BuiltSite.buildWithoutPdf(TinySite.valid(), shared);
    }

    private static final String BOUNDARY = """
            -- data/areas/noord.yaml --
            id: noord
            name: Noord
            kind: wijk
            cbs_code: WK162101
            parent: dorp
            boundary: boundaries/noord.geojson
            source: duo
            -- data/boundaries/noord.geojson --
            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
              "geometry": {"type": "Polygon", "coordinates": [[[4.49, 51.99], [4.51, 51.99], [4.51, 52.01],
                [4.49, 52.01], [4.49, 51.99]]]}}]}
            """;

    @Test
    void schoolPageShowsItsMapWithNeighboursAndTheSamePlacesAsAList() {
        Path site = valid;
        String html = SiteFiles.read(site, "scholen/de-school.html");
        assertTrue(html.contains("<title id=\"kaart-titel\">Kaart van De School en de plekken in de buurt</title>"),
                html);
        assertTrue(html.contains("<desc id=\"kaart-uitleg\">Op de kaart staan 1 kindcentrum, 1 school en 1"
                + " opvanglocatie. Het noorden is boven.</desc>"), html);
        assertTrue(html.contains("<a class=\"kaart-punt kaart-punt-opvang\" href=\"../opvang/opvang.html\""
                + " aria-label=\"Opvang: Opvang De Wei\" data-lat=\"52.001\" data-lon=\"4.501\"><title>Opvang: Opvang De Wei"
                + "</title><use href=\"#kaart-opvang\""),
                html);
        assertTrue(html.contains("<a class=\"kaart-punt kaart-punt-school kaart-punt-hier\" href=\"../scholen/de-school.html\""
                + " aria-label=\"School: De School\" data-lat=\"52.0\" data-lon=\"4.5\">"), html);
        // the related places are the page's cards; the map repeats no list of them
        assertFalse(html.contains("kaart-lijst"), html);
        assertTrue(html.contains("<strong>Let op:</strong> De plekken op deze kaart zijn bij benadering. Het zijn"
                + " voorbeeldgegevens."), html);
        assertTrue(html.contains("De lijn om Noord is geen officiële grens."), html);
        assertTrue(html.contains("<script src=\"../kaart/leaflet.js\" defer></script>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"../kaart/leaflet.css\">"), html);
        assertTrue(html.contains("&quot;url&quot;:&quot;https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/"
                + "standaard/EPSG:3857/{z}/{x}/{y}.png&quot;"), html);
        assertTrue(html.contains("Achtergrond van de interactieve kaart: Kaartgegevens © Kadaster."), html);
        for (String file : List.of("kaart/leaflet.js", "kaart/leaflet.css", "kaart/kaart.js",
                "kaart/leaflet.markercluster.js", "kaart/markercluster.css", "kaart/images/layers.png")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
    }

    @Test
    void homeAndAreaPagesHaveMapsAndDerivedOutlines() {
        Path site = valid;
        String home = SiteFiles.read(site, "index.html");
        assertTrue(home.contains("<title id=\"kaart-titel\">Kaart van Testdorp</title>"), home);
        assertTrue(home.contains("class=\"kaart-gebied kaart-gebied-afgeleid\""), home);
        assertTrue(home.contains("text-anchor=\"middle\" aria-hidden=\"true\">Dorp</text>"), home);
        assertTrue(home.contains("<script src=\"kaart/kaart.js\" defer></script>"), home);
        String area = SiteFiles.read(site, "gebieden/noord.html");
        assertTrue(area.contains("<path class=\"kaart-gebied kaart-gebied-hier kaart-gebied-afgeleid\""), area);
        // pages without a map load no map files
        String board = SiteFiles.read(site, "besturen/bestuur.html");
        assertFalse(board.contains("kaart/"), board);
        assertEquals(1, board.split("<script", -1).length - 1, "only the menu script: " + board);
    }

    @Test
    void boundaryFromTheDataIsDrawnInsteadOfADerivedOutline() {
        Path site = build(TinySite.valid().with(BOUNDARY));
        String area = SiteFiles.read(site, "gebieden/noord.html");
        assertTrue(area.contains("<path class=\"kaart-gebied kaart-gebied-hier\" d=\"M"), area);
        assertFalse(area.contains("geen officiële grens"), area);
    }

    @Test
    void noTilesLoadsNothingFromElsewhere() {
        Path site = build(TinySite.valid().with("""
                -- data/atlas.yaml --
                """ + atlasYaml() + "map:\n  tiles: geen\n"));
        String html = SiteFiles.read(site, "scholen/de-school.html");
        assertFalse(html.contains("pdok"), html);
        assertFalse(html.contains("&quot;tiles&quot;"), html);
        assertFalse(html.contains("Achtergrond van de interactieve kaart"), html);
    }

    @Test
    void geoJsonHasEveryPlaceWithItsProperties() throws IOException {
        Path site = valid;
        JsonNode root = new ObjectMapper().readTree(site.resolve("locaties.geojson").toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode features = root.get("features");
        assertEquals(3, features.size());
        List<String> ids = new ArrayList<>();
        for (JsonNode f : features) {
            ids.add(f.get("id").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            assertEquals(2, f.get("geometry").get("coordinates").size());
            assertTrue(Files.isRegularFile(site.resolve(f.get("properties").get("url").asText())));
        }
        assertEquals(List.of("kindcentrum/kc", "school/de-school", "opvang/opvang"), ids);
        JsonNode opvang = features.get(2);
        assertEquals("[4.501,52.001]", opvang.get("geometry").get("coordinates").toString());
        assertEquals("{\"id\":\"opvang\",\"name\":\"Opvang De Wei\",\"kind\":\"opvang\",\"area\":\"noord\","
                + "\"area_name\":\"Noord\",\"url\":\"opvang/opvang.html\",\"approximate\":true,"
                + "\"opened\":null,\"closed\":null,\"open\":true,\"care_types\":[\"kdv\",\"bso\"],\"level\":\"Los van elkaar\",\"level_number\":1,"
                + "\"kindcentrum\":\"kc\"}", opvang.get("properties").toString());
        JsonNode kc = features.get(0);
        assertEquals("[4.5005,52.0005]", kc.get("geometry").get("coordinates").toString());
    }

    @Test
    void rdNewCoordinatesAreAcceptedAndConverted() throws IOException {
        // the conversion itself is tested against published points in MapGeometryTest
        Path site = build(TinySite.valid().with(school("coordinates: {x: 92500, y: 446000}")));
        JsonNode root = new ObjectMapper().readTree(site.resolve("locaties.geojson").toFile());
        JsonNode point = root.get("features").get(1).get("geometry").get("coordinates");
        nl.ikcatlas.model.Coordinates expected = RdNew.toWgs84(92500, 446000);
        assertEquals(expected.lon(), point.get(0).asDouble(), 1e-6);
        assertEquals(expected.lat(), point.get(1).asDouble(), 1e-6);
    }

    @Test
    void rdNewMistakesAreReportedAtTheirPosition() {
        assertEquals(List.of("data/schools/de-school.yaml:8:18: the RD coordinates -50000, 446000 lie outside the"
                        + " Netherlands\n    hint: in RD New x is between -7000 and 300000, y between 289000 and 629000"),
                check(TinySite.valid().with(school("coordinates: {x: -50000, y: 446000}"))));
        assertEquals(List.of("data/schools/de-school.yaml:8:15: 'coordinates' must have either lat and lon or x and"
                        + " y, not both\n    hint: lat and lon are WGS84 degrees; x and y are RD New metres"),
                check(TinySite.valid().with(school("coordinates: {lat: 52.0, lon: 4.5, x: 92500, y: 446000}"))));
        assertEquals(List.of("data/schools/de-school.yaml:8:28: 'y' must be a number of metres in RD New like"
                        + " 92500, not '44600,5'\n    hint: use a point, not a comma, for decimals"),
                check(TinySite.valid().with(school("coordinates: {x: 92500, y: '44600,5'}"))));
    }

    @Test
    void placeFarOutsideItsAreasBoundaryIsFlagged() {
        assertEquals(List.of("data/schools/de-school.yaml:8:15: 'De School' lies 3.3 km outside the boundary of its"
                        + " area 'Noord'\n    hint: check the coordinates, and whether 'area' is right"),
                check(TinySite.valid().with(BOUNDARY).with(school("coordinates: {lat: 52.04, lon: 4.5}"))));
    }

    @Test
    void placeFarFromTheOtherPlacesOfItsAreaIsFlagged() {
        TinySite site = TinySite.valid().with(school("coordinates: {lat: 52.3, lon: 4.5}")).with("""
                -- data/childcare/tweede.yaml --
                """ + childcare("tweede", "52.002", "4.502") + """
                -- data/childcare/derde.yaml --
                """ + childcare("derde", "52.003", "4.499"));
        assertEquals(List.of("data/schools/de-school.yaml:8:15: 'De School' lies 33.1 km from the middle of the"
                + " other places in its area 'Noord'\n    hint: check the coordinates, and whether 'area' is right"),
                check(site));
    }

    @Test
    void boundaryFilesAreReadOnceWithTheRecordsAndSharedByTheChecksAndTheMaps() {
        Problems problems = new Problems();
        LoadedAtlas loaded = new AtlasLoader().load(
                BuiltSite.withTemplates(TinySite.valid().with(BOUNDARY), dir.resolve("loaded")), problems);
        assertEquals(List.of(), problems.sorted());
        Outline noord = loaded.boundaries().of("noord").orElseThrow();
        assertEquals(1, noord.rings().size());
        assertTrue(noord.contains(new Coordinates(52.0, 4.5)));
        assertFalse(noord.contains(new Coordinates(52.04, 4.5)));
        assertTrue(loaded.boundaries().of("dorp").isEmpty());
    }

    @Test
    void brokenBoundaryFileIsReportedAtItsLineAndColumn() {
        TinySite site = TinySite.valid().with(BOUNDARY).with("""
                -- data/boundaries/noord.geojson --
                {"type": "Polygon",
                 "coordinates": [[[4.49, 51.99], [4.51], [4.51, 52.01], [4.49, 51.99]]]}
                """);
        assertEquals(List.of("data/boundaries/noord.geojson:2:34: a position must be a pair of numbers:"
                + " [longitude, latitude]"), check(site));
        TinySite point = TinySite.valid().with(BOUNDARY).with("""
                -- data/boundaries/noord.geojson --
                {"type": "Point", "coordinates": [4.5, 52.0]}
                """);
        assertEquals(List.of("data/boundaries/noord.geojson:1:10: the outline must be a Polygon or MultiPolygon,"
                + " not Point\n    hint: an area's outline is a surface; points and lines cannot be used"), check(point));
    }

    private static String school(String coordinates) {
        return """
                -- data/schools/de-school.yaml --
                id: de-school
                vestigingscode: 16DB00
                name: De School
                board: bestuur
                address: Schoolstraat 1
                postcode: 2651 AB
                place: Dorp
                coordinates: COORDINATES
                area: noord
                denomination: Openbaar
                source: duo
                """.replace("COORDINATES", coordinates.substring("coordinates: ".length()));
    }

    private static String childcare(String id, String lat, String lon) {
        return """
                id: ID
                name: Opvang ID
                holder: houder
                care_types: [bso]
                vve: false
                address: Schoolstraat 5
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: LAT, lon: LON}
                area: noord
                source: voorbeeld
                """.replace("ID", id).replace("LAT", lat).replace("LON", lon);
    }

    private static String atlasYaml() {
        String valid = """
                municipality: Testdorp
                cbs_code: GM1621
                edition: 2026-11-01
                sources:
                  - id: duo
                    name: Alle schoolvestigingen
                    date: 2026-10-01
                  - id: voorbeeld
                    name: Voorbeeldgegevens
                    date: 2026-11-01
                    illustrative: true
                contact:
                  organisation: Gemeente Testdorp
                """;
        return valid;
    }

    private List<String> check(TinySite site) {
        Path atlas = BuiltSite.withTemplates(site, dir.resolve("check" + ++atlases));
        return new AtlasPipeline().check(atlas).problems().stream().map(Problem::format).toList();
    }

    private Path build(TinySite site) {
        return BuiltSite.buildWithoutPdf(site, dir.resolve("build" + ++atlases));
    }
}
