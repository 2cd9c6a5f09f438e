package nl.ikcatlas.model;

/** A point in WGS84 degrees. */
public record Coordinates(double lat, double lon) {
}
