package nl.ikcatlas.map;

import java.util.List;
import nl.ikcatlas.model.Coordinates;

/**
 * What one map shows. {@code root} makes the places' paths relative to the page; {@code highlight}
 * is the id of the page's own place (or null); {@code from} is where list distances are measured
 * from (or null); the list keeps the order of {@code places}.
 */
public record MapRequest(String title, String root, List<MapPlace> places, String highlight, Coordinates from,
        List<AreaShape> areas, boolean cluster) {

    public MapRequest {
        places = List.copyOf(places);
        areas = List.copyOf(areas);
    }
}
