package nl.ikcatlas.map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ikcatlas.model.Coordinates;

/**
 * The outlines that maps draw, each prepared once: its simplification for any scale, and its rings as
 * the map script's data. Every map of an area gets the same outline object, so they are told apart by
 * identity (comparing them point by point would cost more than it saves). Pages are made on several
 * threads at once.
 */
final class DrawnOutlines {
    /** The interactive map's outlines keep this much detail, in metres, whatever the zoom. */
    private static final double DATA_DETAIL = 5;

    private final JsonFactory json;
    private final Map<Same, Prepared> prepared = new ConcurrentHashMap<>();

    DrawnOutlines(JsonFactory json) {
        this.json = json;
    }

    private record Same(Outline outline) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.outline == outline;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(outline);
        }
    }

    private record Prepared(Simplification simplification, String rings) {
    }

    /** As {@link Outline#simplified}. */
    Outline simplified(Outline outline, double metres) {
        return prepared(outline).simplification().at(metres);
    }

    /** The rings as a JSON array of rings of [lat, lon] points, to six decimals. */
    String rings(Outline outline) {
        return prepared(outline).rings();
    }

    private Prepared prepared(Outline outline) {
        return prepared.computeIfAbsent(new Same(outline), s -> {
            Simplification simplification = new Simplification(outline, 0);
            StringWriter out = new StringWriter();
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartArray();
                for (List<Coordinates> ring : simplification.at(DATA_DETAIL).rings()) {
                    g.writeStartArray();
                    for (Coordinates c : ring) {
                        MapBuilder.point(g, c.lat(), c.lon());
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new IllegalStateException("map data could not be written", e);
            }
            return new Prepared(simplification, out.toString());
        });
    }
}
