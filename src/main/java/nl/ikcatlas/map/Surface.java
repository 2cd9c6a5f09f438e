package nl.ikcatlas.map;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Coordinates;

/**
 * A GeoJSON Polygon or MultiPolygon in WGS84: polygons, each its outer ring followed by its holes.
 */
public record Surface(List<List<List<Coordinates>>> polygons) {

    public Surface {
        polygons = polygons.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
    }

    /** All rings together, as drawn and tested with the even-odd rule. */
    public Outline outline() {
        List<List<Coordinates>> rings = new ArrayList<>();
        polygons.forEach(rings::addAll);
        return new Outline(rings);
    }

    /**
     * The centroid: the middle of the surface weighted by area, holes taken out, over all polygons; null when
     * the surface has no area. Computed on a plane through the first point, with a degree of longitude
     * shortened by the cosine of its latitude, which is exact to well under a metre for an area of a few km.
     */
    public Coordinates centroid() {
        if (polygons.isEmpty() || polygons.get(0).isEmpty() || polygons.get(0).get(0).isEmpty()) {
            return null;
        }
        Coordinates origin = polygons.get(0).get(0).get(0);
        double shrink = Math.cos(Math.toRadians(origin.lat()));
        double area = 0;
        double x = 0;
        double y = 0;
        for (List<List<Coordinates>> polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
                double sign = r == 0 ? 1 : -1;
                double[] ring = ring(polygon.get(r), origin, shrink);
                area += sign * Math.abs(ring[0]);
                x += sign * Math.abs(ring[0]) * ring[1];
                y += sign * Math.abs(ring[0]) * ring[2];
            }
        }
        if (area <= 1e-12) {
            return null;
        }
        return new Coordinates(origin.lat() + y / area, origin.lon() + x / area / shrink);
    }

    /** A ring's signed area and its centroid (x, y) relative to the origin, by the shoelace formula. */
    private static double[] ring(List<Coordinates> ring, Coordinates origin, double shrink) {
        double twiceArea = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < ring.size(); i++) {
            Coordinates a = ring.get(i);
            Coordinates b = ring.get((i + 1) % ring.size());
            double ax = (a.lon() - origin.lon()) * shrink;
            double ay = a.lat() - origin.lat();
            double bx = (b.lon() - origin.lon()) * shrink;
            double by = b.lat() - origin.lat();
            double cross = ax * by - bx * ay;
            twiceArea += cross;
            cx += (ax + bx) * cross;
            cy += (ay + by) * cross;
        }
        if (twiceArea == 0) {
            return new double[] {0, 0, 0};
        }
        return new double[] {twiceArea / 2, cx / (3 * twiceArea), cy / (3 * twiceArea)};
    }
}
