package nl.ikcatlas.map;

import nl.ikcatlas.model.Coordinates;

/** Distances on the earth, and the Web Mercator projection that Leaflet and the tile services use. */
public final class Geo {
    static final double EARTH_RADIUS = 6_378_137;
    static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS / 180;

    private Geo() {
    }

    /** Distance in metres; the flat approximation is exact enough within a municipality or province. */
    public static double distance(Coordinates a, Coordinates b) {
        return distance(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static double distance(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat2 - lat1) * METRES_PER_DEGREE;
        double dx = (lon2 - lon1) * METRES_PER_DEGREE * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        // not Math.hypot: it guards against overflow, impossible with distances on earth, and is many times slower
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** "350 m", "1,2 km", "12 km". */
    public static String words(double metres) {
        if (metres < 1000) {
            long rounded = metres < 100 ? Math.round(metres / 10) * 10 : Math.round(metres / 50) * 50;
            return (rounded == 1000 ? "1 km" : Math.max(rounded, 10) + " m");
        }
        if (metres >= 9950) {
            return Math.round(metres / 1000) + " km";
        }
        long tenths = Math.round(metres / 100); // 1,2 km; a whole number without ",0"
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "," + tenths % 10) + " km";
    }

    static double metresToLat(double metres) {
        return metres / METRES_PER_DEGREE;
    }

    static double metresToLon(double metres, double lat) {
        return metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
    }

    /** Web Mercator x in radians of longitude. */
    static double mercatorX(double lon) {
        return Math.toRadians(lon);
    }

    /** Web Mercator y (north positive), in the same unit as {@link #mercatorX}. */
    static double mercatorY(double lat) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }
}
