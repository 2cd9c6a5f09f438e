package nl.ikcatlas.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ikcatlas.model.Coordinates;

/**
 * An outline's Douglas-Peucker simplification worked out once for every tolerance from {@code floor} up:
 * each point knows the tolerance below which it is kept, so simplifying the same outline for many maps
 * is one pass over its points. The points kept are exactly those the usual recursion keeps.
 */
final class Simplification {
    private final Outline outline;
    private final double floor;
    /** Per ring and point: kept at tolerances below this (the ends of a ring always). */
    private final double[][] limits;

    Simplification(Outline outline, double floor) {
        this.outline = outline;
        this.floor = floor;
        limits = new double[outline.rings().size()][];
        for (int r = 0; r < limits.length; r++) {
            limits[r] = limits(outline.rings().get(r));
        }
    }

    /** The outline with points closer than {@code metres} (at least the floor) to the simplified line dropped. */
    Outline at(double metres) {
        if (metres < floor) {
            throw new IllegalArgumentException("simplified below its floor: " + metres);
        }
        List<List<Coordinates>> result = new ArrayList<>(limits.length);
        for (int r = 0; r < limits.length; r++) {
            List<Coordinates> ring = outline.rings().get(r);
            if (ring.size() <= 4) {
                result.add(ring);
                continue;
            }
            List<Coordinates> kept = new ArrayList<>();
            for (int i = 0; i < ring.size(); i++) {
                if (i == 0 || i == ring.size() - 1 || limits[r][i] > metres) {
                    kept.add(ring.get(i));
                }
            }
            result.add(kept.size() >= 4 ? kept : ring);
        }
        return new Outline(result);
    }

    /**
     * A span's farthest point is kept while the tolerance is below its distance and below the limit of the
     * span it splits, since the recursion only reaches spans whose splitting points were kept.
     */
    private double[] limits(List<Coordinates> ring) {
        double[] limit = new double[ring.size()];
        Arrays.fill(limit, Double.NEGATIVE_INFINITY);
        if (ring.size() <= 4) {
            return limit;
        }
        // an explicit stack, so long rings cannot overflow the call stack
        record Span(int first, int last, double limit) {
        }
        ArrayDeque<Span> todo = new ArrayDeque<>();
        todo.push(new Span(0, ring.size() - 1, Double.POSITIVE_INFINITY));
        while (!todo.isEmpty()) {
            Span span = todo.pop();
            int first = span.first();
            int last = span.last();
            Coordinates a = ring.get(first);
            Coordinates b = ring.get(last);
            double kx = Geo.metresToLon(1, a.lat());
            double ky = Geo.metresToLat(1);
            double worst = -1;
            int index = -1;
            for (int i = first + 1; i < last; i++) {
                double d = Outline.segmentDistance(ring.get(i), a, b, kx, ky);
                if (d > worst) {
                    worst = d;
                    index = i;
                }
            }
            if (index >= 0 && worst > floor) {
                limit[index] = Math.min(span.limit(), worst);
                todo.push(new Span(first, index, limit[index]));
                todo.push(new Span(index, last, limit[index]));
            }
        }
        return limit;
    }
}
