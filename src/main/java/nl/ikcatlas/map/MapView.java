package nl.ikcatlas.map;

import java.util.List;

/**
 * Everything a template needs to draw one map as inline SVG, with the same places as a list beside
 * it and, in {@code data}, what the map script needs to turn it into an interactive map. All
 * numbers are already formatted; the template only places them.
 * {@code outlineNote}, {@code approximateNote} and {@code scaleBar} may be null. A map with too many
 * places to draw one by one (see {@link OverviewBuilder}) has no place markers and no place list:
 * it has {@code areaMarkers} and {@code areaItems}, one per area with its counts, instead.
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
        List<String> scripts,
        List<AreaMarker> areaMarkers,
        List<AreaItem> areaItems,
        String clickHint) {

    public MapView {
        outlines = List.copyOf(outlines);
        markers = List.copyOf(markers);
        legend = List.copyOf(legend);
        items = List.copyOf(items);
        stylesheets = List.copyOf(stylesheets);
        scripts = List.copyOf(scripts);
        areaMarkers = List.copyOf(areaMarkers);
        areaItems = List.copyOf(areaItems);
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

    /**
     * An area's marker on an overview map: a box at {@code x}, {@code y} of {@code width} by {@code height}
     * units, its corners rounded by {@code radius}, with the number of places in it ({@code count}, "1.250"), written at {@code textX}, {@code textY};
     * {@code label} is its accessible name ("Noord: 2 kindcentra, 6 scholen en 3 opvanglocaties").
     */
    public record AreaMarker(String x, String y, String width, String height, String radius, String textX, String textY,
            String href, String label, String count) {
    }

    /** An area in the list beside an overview map, with its counts ("2 kindcentra, 6 scholen en ..."). */
    public record AreaItem(String name, String href, String counts) {
    }
}
