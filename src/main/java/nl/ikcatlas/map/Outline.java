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

    static double segmentDistance(Coordinates p, Coordinates a, Coordinates b, double kx, double ky) {
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
        return new Simplification(this, metres).at(metres);
    }
}
