package nl.ikcatlas.map;

import java.util.Collection;
import nl.ikcatlas.model.Coordinates;

/** A rectangle of WGS84 degrees. */
public record GeoBounds(double south, double west, double north, double east) {

    public static GeoBounds around(Collection<Coordinates> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points");
        }
        double s = 90, w = 180, n = -90, e = -180;
        for (Coordinates p : points) {
            s = Math.min(s, p.lat());
            n = Math.max(n, p.lat());
            w = Math.min(w, p.lon());
            e = Math.max(e, p.lon());
        }
        return new GeoBounds(s, w, n, e);
    }

    public GeoBounds union(GeoBounds o) {
        return new GeoBounds(Math.min(south, o.south), Math.min(west, o.west), Math.max(north, o.north),
                Math.max(east, o.east));
    }

    public Coordinates centre() {
        return new Coordinates((south + north) / 2, (west + east) / 2);
    }

    /** These bounds grown, if needed, to at least {@code metres} wide and high around the same centre. */
    public GeoBounds atLeast(double metres) {
        Coordinates c = centre();
        double halfLat = Math.max((north - south) / 2, Geo.metresToLat(metres) / 2);
        double halfLon = Math.max((east - west) / 2, Geo.metresToLon(metres, c.lat()) / 2);
        return new GeoBounds(c.lat() - halfLat, c.lon() - halfLon, c.lat() + halfLat, c.lon() + halfLon);
    }

    public boolean contains(Coordinates p) {
        return p.lat() >= south && p.lat() <= north && p.lon() >= west && p.lon() <= east;
    }
}
