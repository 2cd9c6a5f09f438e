package nl.ikcatlas.map;

import java.util.List;

/**
 * Everything a template needs to draw one map as inline SVG, with the same places as a list beside
 * it and, in {@code data}, what the map script needs to turn it into an interactive map. All
 * numbers are already formatted; the template only places them.
 * {@code outlineNote}, {@code approximateNote} and {@code scaleBar} may be null.
 */
public record MapView(
        String title,
        String description,
        String width,
        String height,
        List<OutlineView> outlines,
        List<MarkerView> markers,
        List<LegendItem> legend,
        ScaleBar scaleBar,
        String northX,
        List<ListItem> items,
        boolean listOpen,
        String listSummary,
        String outlineNote,
        String approximateNote,
        String tilesNote,
        String data,
        List<String> stylesheets,
        List<String> scripts) {

    public MapView {
        outlines = List.copyOf(outlines);
        markers = List.copyOf(markers);
        legend = List.copyOf(legend);
        items = List.copyOf(items);
        stylesheets = List.copyOf(stylesheets);
        scripts = List.copyOf(scripts);
    }

    /** An area's outline as an SVG path; {@code labelX} is null when the name is not written on the map. */
    public record OutlineView(String name, String path, boolean derived, boolean current, String labelX,
            String labelY) {
    }

    /**
     * A marker: its kind's code for the shape, where it sits, its link and accessible name; a place that
     * is not open on the edition date ({@code open} false) is drawn grey.
     */
    public record MarkerView(String kind, String x, String y, String href, String label, boolean highlighted,
            boolean open) {
    }

    public record LegendItem(String kind, String label) {
    }

    /** A bar of {@code width} units starting at x, y, standing for {@code label} on the ground. */
    public record ScaleBar(String x, String y, String width, String end, String label) {
    }

    /**
     * The list beside the map; {@code distance} ("350 m") may be null, and so may {@code status}
     * ("gesloten sinds 31 juli 2025"), which is given only for a place that is not open.
     */
    public record ListItem(String kind, String kindLabel, String name, String href, String distance,
            boolean highlighted, String status) {
    }
}
