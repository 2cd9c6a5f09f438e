package nl.ikcatlas.map;

import nl.ikcatlas.model.Coordinates;

/**
 * Fits geographic bounds into an SVG picture of a fixed size, in Web Mercator like the
 * interactive map, north up, keeping the aspect ratio and leaving a margin on every side.
 */
public final class MapFrame {
    private final double width;
    private final double height;
    private final double scale;
    private final double centreX;
    private final double centreY;
    private final double centreLat;

    public MapFrame(GeoBounds bounds, double width, double height, double margin) {
        this.width = width;
        this.height = height;
        double west = Geo.mercatorX(bounds.west());
        double east = Geo.mercatorX(bounds.east());
        double south = Geo.mercatorY(bounds.south());
        double north = Geo.mercatorY(bounds.north());
        double spanX = Math.max(east - west, 1e-9);
        double spanY = Math.max(north - south, 1e-9);
        scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        centreX = (west + east) / 2;
        centreY = (north + south) / 2;
        centreLat = bounds.centre().lat();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double x(double lon) {
        return width / 2 + (Geo.mercatorX(lon) - centreX) * scale;
    }

    public double y(double lat) {
        return height / 2 - (Geo.mercatorY(lat) - centreY) * scale;
    }

    public double x(Coordinates p) {
        return x(p.lon());
    }

    public double y(Coordinates p) {
        return y(p.lat());
    }

    /** The longitude at {@code x} units from the picture's left edge: the inverse of {@link #x(double)}. */
    public double lon(double x) {
        return Math.toDegrees(centreX + (x - width / 2) / scale);
    }

    /** The latitude at {@code y} units from the picture's top edge: the inverse of {@link #y(double)}. */
    public double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(centreY - (y - height / 2) / scale)) - Math.PI / 2);
    }

    /** Ground metres per picture unit at the middle of the map. */
    public double metresPerUnit() {
        return Geo.EARTH_RADIUS * Math.cos(Math.toRadians(centreLat)) / scale;
    }
}
