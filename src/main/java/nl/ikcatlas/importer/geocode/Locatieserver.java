package nl.ikcatlas.importer.geocode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.model.Coordinates;

/**
 * PDOK Locatieserver's free-text search ({@code .../search/v3_1/free?q=...}): the first address whose
 * postcode and house number match, at its {@code centroide_ll} ({@code "POINT(lon lat)"}, WGS84).
 */
public final class Locatieserver {
    public static final String PDOK = "https://api.pdok.nl/bzk/locatieserver/search/v3_1/free";
    /** A system property that points the look-ups at another server (a test's, for example). */
    public static final String URL_PROPERTY = "ikcatlas.locatieserver";
    private static final Pattern POINT = Pattern.compile("POINT\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The server could not be asked: no network, or it did not answer as the Locatieserver does. */
    public static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    private final String url;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Locatieserver(String url) {
        this.url = url;
    }

    /** The server named by {@link #URL_PROPERTY}, else PDOK's. */
    public static Locatieserver configured() {
        return new Locatieserver(System.getProperty(URL_PROPERTY, PDOK));
    }

    /** The coordinates of postcode ({@code 2665ES}) and house number ({@code 127-A}); empty when not found. */
    Optional<Coordinates> find(String postcode, String houseNumber) throws Unreachable {
        String query = postcode + " " + houseNumber.replace("-", " ");
        URI uri = URI.create(url + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&fq=" + URLEncoder.encode("type:adres", StandardCharsets.UTF_8) + "&rows=5");
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new Unreachable("it answered with HTTP status " + response.statusCode());
        }
        try {
            return best(JSON.readTree(response.body()).path("response").path("docs"), postcode, houseNumber);
        } catch (IOException e) {
            throw new Unreachable("its answer is not the Locatieserver's JSON");
        }
    }

    private static Optional<Coordinates> best(JsonNode docs, String postcode, String houseNumber) {
        String number = houseNumber.replaceAll("[^0-9].*", "");
        for (JsonNode doc : docs) {
            boolean same = doc.path("postcode").asText().equalsIgnoreCase(postcode)
                    && doc.path("huisnummer").asText().equals(number);
            Matcher point = POINT.matcher(doc.path("centroide_ll").asText());
            if (same && point.matches()) {
                return Optional.of(new Coordinates(Double.parseDouble(point.group(2)), Double.parseDouble(point.group(1))));
            }
        }
        return Optional.empty();
    }
}
