package nl.ikcatlas.model;

/** A point in WGS84 degrees. */
public record Coordinates(double lat, double lon) {
    /** The European Netherlands, as a box: a point outside it is a mistake. */
    public static final double MIN_LAT = 50.75;
    public static final double MAX_LAT = 53.56;
    public static final double MIN_LON = 3.35;
    public static final double MAX_LON = 7.23;

    public static boolean inNetherlands(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }
}
