package nl.ikcatlas.importer.geocode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.model.Coordinates;

/**
 * The Locatieserver's answers by postcode and house number ({@code "2665ES 14"}), in
 * {@code data/.geocode-cache.json}: the loader skips files whose names start with a dot. An address the
 * server did not know is kept as null, so it is not asked again; delete the file to ask everything again.
 */
final class GeocodeCache {
    static final String FILE = ".geocode-cache.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Optional<Coordinates>> answers;
    private final boolean readable;

    private GeocodeCache(Map<String, Optional<Coordinates>> answers, boolean readable) {
        this.answers = answers;
        this.readable = readable;
    }

    static GeocodeCache read(ImportPlan plan) {
        Map<String, Optional<Coordinates>> answers = new TreeMap<>();
        String text = plan.read(path(plan));
        if (text == null) {
            return new GeocodeCache(answers, true);
        }
        try {
            JSON.readTree(text).properties().forEach(entry -> {
                JsonNode at = entry.getValue();
                answers.put(entry.getKey(), at.isObject()
                        ? Optional.of(new Coordinates(at.path("lat").asDouble(), at.path("lon").asDouble()))
                        : Optional.empty());
            });
            return new GeocodeCache(answers, true);
        } catch (java.io.IOException e) {
            // a damaged cache is only a cache: ask again, and leave the file for whoever damaged it
            return new GeocodeCache(new TreeMap<>(), false);
        }
    }

    /** The answer given before, or null when this address was never asked. */
    Optional<Coordinates> get(String key) {
        return answers.get(key);
    }

    void put(String key, Optional<Coordinates> at) {
        answers.put(key, at);
    }

    void save(ImportPlan plan) {
        if (!readable || answers.isEmpty()) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        answers.forEach((key, at) -> {
            if (at.isPresent()) {
                root.putObject(key).put("lat", at.get().lat()).put("lon", at.get().lon());
            } else {
                root.putNull(key);
            }
        });
        plan.write(path(plan), root.toPrettyString() + "\n");
    }

    private static Path path(ImportPlan plan) {
        return plan.data().resolve(FILE);
    }
}
