package nl.ikcatlas.map;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Coordinates;

/**
 * An area's outline: one or more closed rings of WGS84 points (outer rings and holes alike,
 * drawn and tested with the even-odd rule, as GeoJSON polygons and multipolygons are).
 */
public record Outline(List<List<Coordinates>> rings) {

    public Outline {
        rings = rings.stream().map(List::copyOf).toList();
    }

    public GeoBounds bounds() {
        List<Coordinates> all = new ArrayList<>();
        rings.forEach(all::addAll);
        return GeoBounds.around(all);
    }

    /** Even-odd point in polygon over all rings. */
    public boolean contains(Coordinates p) {
        boolean inside = false;
        for (List<Coordinates> ring : rings) {
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                Coordinates a = ring.get(i);
                Coordinates b = ring.get(j);
                if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                        && p.lon() < (b.lon() - a.lon()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lon()) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Metres from {@code p} to the outline; 0 inside it. */
    public double distanceOutside(Coordinates p) {
        if (contains(p)) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        double kx = Geo.metresToLon(1, p.lat());
        double ky = Geo.metresToLat(1);
        for (List<Coordinates> ring : rings) {
            for (int i = 1; i < ring.size(); i++) {
                best = Math.min(best, segmentDistance(p, ring.get(i - 1), ring.get(i), kx, ky));
            }
        }
        return best;
    }

    private static double segmentDistance(Coordinates p, Coordinates a, Coordinates b, double kx, double ky) {
        double ax = (a.lon() - p.lon()) / kx, ay = (a.lat() - p.lat()) / ky;
        double bx = (b.lon() - p.lon()) / kx, by = (b.lat() - p.lat()) / ky;
        double dx = bx - ax, dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        double x = ax + t * dx;
        double y = ay + t * dy;
        return Math.sqrt(x * x + y * y); // see Geo.distance
    }

    /** The outline with points closer than {@code metres} to the simplified line dropped (Douglas-Peucker). */
    public Outline simplified(double metres) {
        List<List<Coordinates>> result = new ArrayList<>(rings.size());
        for (List<Coordinates> ring : rings) {
            if (ring.size() <= 4) {
                result.add(ring);
                continue;
            }
            boolean[] keep = new boolean[ring.size()];
            keep[0] = true;
            keep[ring.size() - 1] = true;
            simplify(ring, 0, ring.size() - 1, metres, keep);
            List<Coordinates> kept = new ArrayList<>();
            for (int i = 0; i < ring.size(); i++) {
                if (keep[i]) {
                    kept.add(ring.get(i));
                }
            }
            result.add(kept.size() >= 4 ? kept : ring);
        }
        return new Outline(result);
    }

    private static void simplify(List<Coordinates> ring, int first, int last, double tolerance, boolean[] keep) {
        // an explicit stack, so long rings cannot overflow the call stack
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.push(new int[] {first, last});
        while (!todo.isEmpty()) {
            int[] span = todo.pop();
            Coordinates a = ring.get(span[0]);
            Coordinates b = ring.get(span[1]);
            double kx = Geo.metresToLon(1, a.lat());
            double ky = Geo.metresToLat(1);
            double worst = -1;
            int index = -1;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = segmentDistance(ring.get(i), a, b, kx, ky);
                if (d > worst) {
                    worst = d;
                    index = i;
                }
            }
            if (index >= 0 && worst > tolerance) {
                keep[index] = true;
                todo.push(new int[] {span[0], index});
                todo.push(new int[] {index, span[1]});
            }
        }
    }
}
