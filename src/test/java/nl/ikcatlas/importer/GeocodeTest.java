package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.WINDOWS_1252;
import static nl.ikcatlas.importer.ImportCli.fixture;
import static nl.ikcatlas.importer.ImportCli.read;
import static nl.ikcatlas.importer.ImportCli.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --geocode against a local server that answers as PDOK's Locatieserver does; and without a server. */
class GeocodeTest {
    private static final String PATH = "/bzk/locatieserver/search/v3_1/free";
    /** The addresses this server knows: the query as sent, and the answer's document fields. */
    private static final Map<String, String> ADDRESSES = Map.of(
            "2665ES 14", doc("IJsvogellaan", "14", "", "2665ES", "Bleiswijk", "4.54183 52.01461"),
            "2661KV 127 A", doc("Groeneweg", "127", "A", "2661KV", "Bergschenhoek", "4.49127 51.99012"),
            "2665CB 49", doc("Hoefweg", "49", "", "2665CB", "Bleiswijk", "4.53601 52.01192"));

    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private final List<String> asked = new ArrayList<>();
    private HttpServer server;
    private Path atlas;
    private Path duo;

    private static String doc(String street, String number, String letter, String postcode, String place, String point) {
        return """
                {"bron":"BAG","type":"adres","woonplaatsnaam":"%s","huis_nlt":"%s%s","gemeentecode":"1621",\
                "weergavenaam":"%s %s%s, %s %s","straatnaam":"%s","gemeentenaam":"Lansingerland","postcode":"%s",\
                "huisnummer":%s,"huisletter":"%s","centroide_ll":"POINT(%s)","centroide_rd":"POINT(92000 444000)",\
                "id":"adr-1","score":12.5}""".formatted(place, number, letter, street, number, letter, postcode, place,
                street, postcode, number, letter, point);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PATH, exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String q = URLDecoder.decode(query.replaceAll(".*\\bq=([^&]*).*", "$1"), StandardCharsets.UTF_8);
            asked.add(q);
            String doc = ADDRESSES.get(q);
            String body = "{\"response\":{\"numFound\":" + (doc == null ? 0 : 1) + ",\"start\":0,\"maxScore\":12.5,"
                    + "\"numFoundExact\":true,\"docs\":[" + (doc == null ? "" : doc) + "]}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        atlas = tmp.resolve("atlas");
        assertEquals(0, cli.run("init", atlas.toString(), "--municipality", "1621", "--name", "Lansingerland"));
        duo = write(tmp.resolve("duo.csv"), fixture("duo-schoolvestigingen.csv", WINDOWS_1252), WINDOWS_1252);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    @Test
    void addressesGetTheirCoordinatesOnceAndTheAtlasValidates() {
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url()),
                cli.err());
        assertTrue(read(atlas.resolve("data/schools/de-springplank.yaml")).contains("""
                place: Bergschenhoek
                coordinates: # set by import from PDOK Locatieserver
                  lat: 51.99012
                  lon: 4.49127
                area: bergschenhoek # set by import
                """));
        assertTrue(cli.out().endsWith("""
                added   data/schools/kindcentrum-de-brucke.yaml (Kindcentrum De Brücke)
                changed data/schools/de-oosthoek.yaml: coordinates (none) -> 'lat: 52.01461, lon: 4.54183'
                changed data/schools/de-springplank.yaml: coordinates (none) -> 'lat: 51.99012, lon: 4.49127'
                changed data/schools/kindcentrum-de-brucke.yaml: coordinates (none) -> 'lat: 52.01192, lon: 4.53601'
                7 added, 3 changed, 0 renamed, 0 closed.
                """), cli.out());
        assertEquals(List.of("2665ES 14", "2661KV 127 A", "2665CB 49"), asked);
        assertEquals("""
                {
                  "2661KV 127-A" : {
                    "lat" : 51.99012,
                    "lon" : 4.49127
                  },
                  "2665CB 49" : {
                    "lat" : 52.01192,
                    "lon" : 4.53601
                  },
                  "2665ES 14" : {
                    "lat" : 52.01461,
                    "lon" : 4.54183
                  }
                }
                """, read(atlas.resolve("data/.geocode-cache.json")));
        assertEquals(0, cli.run("validate", atlas.toString()), cli.err());

        // the cache answers a second look-up: remove the coordinates, and they come back without asking the server
        Path school = atlas.resolve("data/schools/de-oosthoek.yaml");
        String withCoordinates = read(school);
        write(school, withCoordinates.replace("""
                coordinates: # set by import from PDOK Locatieserver
                  lat: 52.01461
                  lon: 4.54183
                """, ""), StandardCharsets.UTF_8);
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url()));
        assertEquals(3, asked.size());
        assertEquals(withCoordinates, read(school));
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url()));
        assertEquals("No changes: the atlas already has what the register says.\n", cli.out());
    }

    @Test
    void aGeocodedAtlasBuildsAndItsChangesPageShowsRenamedAndClosedSchools() {
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url()));
        write(duo, fixture("duo-schoolvestigingen.csv", WINDOWS_1252)
                .replace(";De Oosthoek;IJsvogellaan", ";KBS De Oosthoek;IJsvogellaan")
                .replace("Zuid-Holland;20047;32JC;32JC00", "Zuid-Holland;20047;32JC;32JC09"), WINDOWS_1252);
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url(),
                "--date", LocalDate.now().withDayOfMonth(1).toString()), cli.err());
        Path site = tmp.resolve("site");
        assertEquals(0, cli.run("build", atlas.toString(), "--out", site.toString()), cli.err());
        String changes = read(site.resolve("wijzigingen.html"));
        assertTrue(changes.contains("School De Oosthoek heet nu KBS De Oosthoek."), changes);
        assertTrue(changes.contains("School De Springplank is gesloten."), changes);
    }

    @Test
    void anUnknownAddressIsNamed() {
        write(duo, fixture("duo-schoolvestigingen.csv", WINDOWS_1252).replace("Hoefweg;49;2665 CB", "Hoefweg;51;2665 CB"),
                WINDOWS_1252);
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url()));
        assertTrue(cli.out().endsWith("""
                PDOK Locatieserver does not know the address 2665CB 51 of data/schools/kindcentrum-de-brucke.yaml; give its coordinates by hand.
                1 record has no coordinates yet; run the import again with --geocode, or write them by hand (coordinates: lat, lon):
                  data/schools/kindcentrum-de-brucke.yaml
                """), cli.out());
    }

    @Test
    void withoutANetworkTheImportSaysSoAndListsTheRecordsWithoutCoordinates() {
        server.stop(0);
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString(), "--geocode", "--locatieserver", url()));
        String out = cli.out();
        assertTrue(out.contains("\nPDOK Locatieserver could not be reached (ConnectException"), out);
        assertTrue(out.endsWith("""
                ): coordinates were not looked up. Run the import again with --geocode when the network is there.
                3 records have no coordinates yet; run the import again with --geocode, or write them by hand (coordinates: lat, lon):
                  data/schools/de-oosthoek.yaml
                  data/schools/de-springplank.yaml
                  data/schools/kindcentrum-de-brucke.yaml
                """), out);
        assertEquals(1, cli.run("validate", atlas.toString()));
        assertTrue(cli.err().startsWith("data/schools/de-oosthoek.yaml:2:1: missing required field 'coordinates'\n"), cli.err());
    }
}
