package nl.ikcatlas.map;

import java.util.List;

/**
 * A map with too many places to draw one by one: it shows {@code areas} with their counts instead,
 * over the outlines of {@code shapes}. {@code total} is what all places together come to; {@code root}
 * makes the areas' paths relative to the page.
 */
public record OverviewRequest(String title, String root, List<AreaShape> shapes, List<AreaCount> areas,
        PlaceCounts total) {

    public OverviewRequest {
        shapes = List.copyOf(shapes);
        areas = List.copyOf(areas);
    }
}
