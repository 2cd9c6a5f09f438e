package nl.ikcatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.ikcatlas.view.SiteViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over plain HTTP: what it serves, its event stream, its error page, and what it never serves. */
class PreviewTest {
    @TempDir
    Path dir;

    private PreviewFixture fixture;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        fixture = new PreviewFixture(dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesOnlyOnTheLoopbackAddress() {
        assertEquals("127.0.0.1", fixture.preview.boundTo().getAddress().getHostAddress());
        assertTrue(fixture.url("").startsWith("http://127.0.0.1:"));
    }

    @Test
    void takesTheNextPortWhenTheOneAskedForIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            try (Preview second = Preview.start(fixture.atlas, taken.getLocalPort(), System.out)) {
                int port = second.boundTo().getPort();
                assertNotEquals(taken.getLocalPort(), port);
                assertTrue(port > taken.getLocalPort() && port < taken.getLocalPort() + 20, "port " + port);
            }
        }
    }

    @Test
    void pagesGetTheReloadScriptButTheBuiltSiteDoesNot() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/__ikc-atlas/reload.js?build=1\" defer></script></head>"), home.body());
        assertEquals(1, home.body().split("__ikc-atlas").length - 1);

        HttpResponse<String> script = get("__ikc-atlas/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__ikc-atlas/events')"), script.body());

        HttpResponse<String> css = get("assets/atlas.css");
        assertEquals(200, css.statusCode());
        assertFalse(css.body().contains("__ikc-atlas"));

        try (Stream<Path> files = Files.walk(fixture.preview.site())) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")).toList()) {
                assertFalse(Files.readString(file).contains("__ikc-atlas"), file.toString());
            }
        }
        assertFalse(Files.exists(fixture.atlas.resolve("target")), "nothing is written into the atlas folder");
    }

    @Test
    void theReportPdfIsMadeWhenTheBrowserAsksForIt() throws Exception {
        String pdf = SiteViews.report().pdf();
        assertFalse(Files.exists(fixture.preview.site().resolve(pdf)), "builds leave the PDF out");
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(fixture.url(pdf))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(response.body(), 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void theEventStreamAnnouncesEveryBuild() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.preview.boundTo().getPort())) {
            OutputStream request = socket.getOutputStream();
            request.write("GET /__ikc-atlas/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            request.flush();
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 200 OK", response.readLine());
            StringBuilder headers = new StringBuilder();
            for (String line; !(line = response.readLine()).isEmpty(); ) {
                headers.append(line.toLowerCase()).append('\n');
            }
            assertTrue(headers.toString().contains("content-type: text/event-stream; charset=utf-8\n"), headers.toString());
            assertEquals("retry: 1000\nevent: build\ndata: 1\n\n", events(response, 3));

            fixture.edit(PreviewFixture.SCHOOL, "name: De School", "name: De Linde");
            fixture.awaitBuild(2);
            assertEquals("event: build\ndata: 2\n\n", events(response, 2));
        }
    }

    /** The next {@code lines} non-empty lines of the stream's data, each followed by the blank line ending an event. */
    private static String events(BufferedReader chunked, int lines) throws IOException {
        StringBuilder text = new StringBuilder();
        int read = 0;
        while (read < lines) {
            String line = chunked.readLine();
            // the stream is chunked: skip the chunk sizes (hexadecimal numbers alone on a line)
            if (line.isEmpty() || line.matches("[0-9a-f]+")) {
                continue;
            }
            text.append(line).append('\n');
            read++;
            if (line.startsWith("data: ")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void nothingOutsideTheSiteFolderIsServed() throws Exception {
        Files.writeString(fixture.preview.site().getParent().resolve("secret.txt"), "secret");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/../../secret.txt",
            "/assets/../../secret.txt", "//secret.txt", "/%2e%2e/%2e%2e/secret.txt", "/../atlas/data/atlas.yaml"}) {
            String response = raw(path);
            assertTrue(response.startsWith("HTTP/1.1 404 ") || response.startsWith("HTTP/1.1 400 "), path + ": " + response);
            assertFalse(response.contains("secret") || response.contains("municipality"), path + ": " + response);
        }
        assertTrue(raw("/assets/atlas.css").startsWith("HTTP/1.1 200 "));
    }

    /** A request as sent, without a client that tidies the path first. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fixture.preview.boundTo().getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aProblemShowsOnEveryPageAndInTheTerminalUntilItIsFixed() throws Exception {
        fixture.edit(PreviewFixture.SCHOOL, "name: De School", "name: <De & School");
        fixture.edit(PreviewFixture.SCHOOL, "postcode: 2651 AB", "postcode: 2651AB");
        assertTrue(fixture.awaitBuild(2).failed() || fixture.awaitBuild(3).failed());
        int broken = fixture.preview.latest().number();

        HttpResponse<String> page = get("scholen/de-school.html");
        assertEquals(500, page.statusCode());
        assertTrue(page.body().contains("""
                <h1>1 problem in the atlas</h1>
                <p>The site is not rebuilt until this is fixed. Save the file and this page shows the site again.</p>
                <section>
                <h2>data/schools/de-school.yaml:6:11</h2>
                <p>&#39;2651AB&#39; is not a valid postcode</p>
                <p>Hint: write it as 2651 AB</p>
                <pre>  4 | board: bestuur
                  5 | address: Schoolstraat 1
                <mark>&gt; 6 | postcode: 2651AB</mark>
                <mark>    |           ^</mark>
                  7 | place: Dorp
                  8 | coordinates: {lat: 52.0, lon: 4.5}
                </pre>
                </section>
                """), page.body());
        assertTrue(page.body().contains("<script src=\"/__ikc-atlas/reload.js?build=" + broken + "\" defer></script></head>"));
        assertEquals(500, get("").statusCode());
        assertEquals(200, get("assets/atlas.css").statusCode(), "the styles of the last good build stay");
        assertTrue(fixture.terminal().contains("""
                data/schools/de-school.yaml:6:11: '2651AB' is not a valid postcode
                    hint: write it as 2651 AB
                      4 | board: bestuur
                      5 | address: Schoolstraat 1
                    > 6 | postcode: 2651AB
                        |           ^
                      7 | place: Dorp
                      8 | coordinates: {lat: 52.0, lon: 4.5}
                1 problem after a change to data/schools/de-school.yaml; the browser shows them until they are fixed.
                """), fixture.terminal());

        fixture.edit(PreviewFixture.SCHOOL, "postcode: 2651AB", "postcode: 2651 AB");
        assertFalse(fixture.awaitBuild(broken + 1).failed(), fixture.terminal());
        HttpResponse<String> fixed = get("scholen/de-school.html");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("<h1>&lt;De &amp; School</h1>"), fixed.body());
    }
}
