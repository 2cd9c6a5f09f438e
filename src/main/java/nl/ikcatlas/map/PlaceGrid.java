package nl.ikcatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Coordinates;

/**
 * Places in square cells of about {@code cellMetres}, built once: finding the neighbours of one
 * place looks only at the cells around it, so all pages together cost linear time, not quadratic.
 */
public final class PlaceGrid {
    private final double cellLat;
    private final double cellLon;
    private final Map<Cell, List<MapPlace>> cells = new HashMap<>();

    public PlaceGrid(List<MapPlace> places, double cellMetres) {
        double refLat = places.isEmpty() ? 52 : places.get(0).at().lat();
        cellLat = Geo.metresToLat(cellMetres);
        // cells are narrowest in degrees at the north of the country: use 54 degrees so they are never too small
        cellLon = Geo.metresToLon(cellMetres, Math.max(refLat, 54));
        for (MapPlace p : places) {
            cells.computeIfAbsent(new Cell(row(p.at().lat()), col(p.at().lon())), k -> new ArrayList<>()).add(p);
        }
    }

    /** A place and its distance in metres. */
    public record Near(MapPlace place, double metres) {
    }

    /**
     * Places within {@code radius} metres of {@code centre}, nearest first, at most {@code max};
     * the radius should not exceed the cell size much, or more cells are visited.
     */
    public List<Near> near(Coordinates centre, double radius, int max) {
        int reachRows = (int) Math.ceil(Geo.metresToLat(radius) / cellLat);
        int reachCols = (int) Math.ceil(Geo.metresToLon(radius, centre.lat()) / cellLon);
        long row = row(centre.lat());
        long col = col(centre.lon());
        List<Near> found = new ArrayList<>();
        for (long r = row - reachRows; r <= row + reachRows; r++) {
            for (long c = col - reachCols; c <= col + reachCols; c++) {
                for (MapPlace p : cells.getOrDefault(new Cell(r, c), List.of())) {
                    double d = Geo.distance(centre, p.at());
                    if (d <= radius) {
                        found.add(new Near(p, d));
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble(Near::metres).thenComparing(n -> n.place().name()));
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    private long row(double lat) {
        return (long) Math.floor(lat / cellLat);
    }

    private long col(double lon) {
        return (long) Math.floor(lon / cellLon);
    }

    /** A cell by row and column; its hash spreads neighbouring cells (a long of both would not). */
    private record Cell(long row, long col) {
        @Override
        public int hashCode() {
            return Long.hashCode(row * 0x9E3779B97F4A7C15L + col);
        }
    }
}
