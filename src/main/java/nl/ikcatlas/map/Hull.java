package nl.ikcatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Coordinates;

/**
 * An outline derived from places when the data has no boundary: the convex hull of circles of
 * {@code padding} metres around every place, so one or two places still give a sensible shape.
 */
public final class Hull {
    private static final int CIRCLE_STEPS = 16;

    private Hull() {
    }

    public static Outline padded(List<Coordinates> places, double padding) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("no places");
        }
        List<Coordinates> points = new ArrayList<>(places.size() * CIRCLE_STEPS);
        for (Coordinates p : places) {
            double dLat = Geo.metresToLat(padding);
            double dLon = Geo.metresToLon(padding, p.lat());
            for (int i = 0; i < CIRCLE_STEPS; i++) {
                double a = 2 * Math.PI * i / CIRCLE_STEPS;
                points.add(new Coordinates(p.lat() + dLat * Math.sin(a), p.lon() + dLon * Math.cos(a)));
            }
        }
        List<Coordinates> ring = convex(points);
        ring.add(ring.get(0));
        return new Outline(List.of(ring));
    }

    /** Andrew's monotone chain: the hull counter-clockwise (lon as x, lat as y), not closed. */
    static List<Coordinates> convex(List<Coordinates> input) {
        List<Coordinates> pts = new ArrayList<>(input);
        pts.sort(Comparator.comparingDouble(Coordinates::lon).thenComparingDouble(Coordinates::lat));
        if (pts.size() < 3) {
            return pts;
        }
        Coordinates[] hull = new Coordinates[2 * pts.size()];
        int k = 0;
        for (Coordinates p : pts) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        for (int i = pts.size() - 2, lower = k + 1; i >= 0; i--) {
            Coordinates p = pts.get(i);
            while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0) {
                k--;
            }
            hull[k++] = p;
        }
        List<Coordinates> result = new ArrayList<>(k - 1);
        for (int i = 0; i < k - 1; i++) {
            result.add(hull[i]);
        }
        return result;
    }

    private static double cross(Coordinates o, Coordinates a, Coordinates b) {
        return (a.lon() - o.lon()) * (b.lat() - o.lat()) - (a.lat() - o.lat()) * (b.lon() - o.lon());
    }
}
