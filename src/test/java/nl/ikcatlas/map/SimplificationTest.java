package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.ikcatlas.model.Coordinates;
import org.junit.jupiter.api.Test;

class SimplificationTest {

    @Test
    void oneSimplificationServesEveryToleranceAsTheRecursionDoes() {
        // a wobbly ring of 400 points around a town, and a small square that is kept whole
        Random random = new Random(3);
        List<Coordinates> ring = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double angle = 2 * Math.PI * i / 400;
            double metres = 3000 + random.nextGaussian() * 40 + (i % 50 < 5 ? 300 : 0);
            ring.add(new Coordinates(52.0 + Geo.metresToLat(metres * Math.sin(angle)),
                    4.5 + Geo.metresToLon(metres * Math.cos(angle), 52.0)));
        }
        ring.add(ring.get(0));
        List<Coordinates> square = List.of(new Coordinates(52.1, 4.6), new Coordinates(52.1, 4.61),
                new Coordinates(52.11, 4.61), new Coordinates(52.1, 4.6));
        Outline outline = new Outline(List.of(ring, square));
        Simplification once = new Simplification(outline, 0);
        for (double metres : new double[] {0.5, 1, 2.5, 5, 10, 20, 40, 80, 160, 400, 1000, 5000}) {
            Outline expected = recursive(outline, metres);
            assertEquals(expected, once.at(metres), "at " + metres + " m");
            assertEquals(expected, outline.simplified(metres), "at " + metres + " m");
        }
        assertEquals(square, once.at(5000).rings().get(1));
    }

    /** Douglas-Peucker as the textbook writes it, recursively, to compare with. */
    private static Outline recursive(Outline outline, double metres) {
        List<List<Coordinates>> rings = new ArrayList<>();
        for (List<Coordinates> ring : outline.rings()) {
            if (ring.size() <= 4) {
                rings.add(ring);
                continue;
            }
            boolean[] keep = new boolean[ring.size()];
            keep[0] = true;
            keep[ring.size() - 1] = true;
            split(ring, 0, ring.size() - 1, metres, keep);
            List<Coordinates> kept = new ArrayList<>();
            for (int i = 0; i < ring.size(); i++) {
                if (keep[i]) {
                    kept.add(ring.get(i));
                }
            }
            rings.add(kept.size() >= 4 ? kept : ring);
        }
        return new Outline(rings);
    }

    private static void split(List<Coordinates> ring, int first, int last, double metres, boolean[] keep) {
        Coordinates a = ring.get(first);
        Coordinates b = ring.get(last);
        double worst = -1;
        int index = -1;
        for (int i = first + 1; i < last; i++) {
            double d = Outline.segmentDistance(ring.get(i), a, b, Geo.metresToLon(1, a.lat()), Geo.metresToLat(1));
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (index >= 0 && worst > metres) {
            keep[index] = true;
            split(ring, first, index, metres, keep);
            split(ring, index, last, metres, keep);
        }
    }
}
