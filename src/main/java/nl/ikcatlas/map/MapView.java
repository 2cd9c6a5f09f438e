package nl.ikcatlas.map;

import java.util.List;

/**
 * Everything a template needs to draw one map as inline SVG, with the same places as a list beside
 * it and, in {@code script}, what the map script needs to turn it into an interactive map. All
 * numbers are already formatted; the template only places them. A map with too many places to draw
 * one by one (see {@link OverviewBuilder}) has no place markers and no place list: it has area markers
 * and area items, one per area with its counts, instead.
 */
public record MapView(String title, String description, Frame frame, Markers markers, Caption caption,
        PlaceList list, Script script) {

    /** The drawing: its size in units, the outlines of the areas, the scale bar (may be null) and where the north arrow stands. */
    public record Frame(String width, String height, List<OutlineView> outlines, ScaleBar scaleBar, String northX) {

        public Frame {
            outlines = List.copyOf(outlines);
        }
    }

    /** The places drawn one by one, or on an overview map the areas with their counts. */
    public record Markers(List<MarkerView> places, List<AreaMarker> areas) {

        public Markers {
            places = List.copyOf(places);
            areas = List.copyOf(areas);
        }
    }

    /**
     * What is written under the map: the legend, how to use it, and notes; {@code outlineNote} and
     * {@code approximateNote} may be null.
     */
    public record Caption(List<LegendItem> legend, String clickHint, String approximateNote, String outlineNote,
            String tilesNote) {

        public Caption {
            legend = List.copyOf(legend);
        }
    }

    /** The list beside the map, open when it is short: its places, or on an overview map its areas. */
    public record PlaceList(boolean open, String summary, List<ListItem> places, List<AreaItem> areas) {

        public PlaceList {
            places = List.copyOf(places);
            areas = List.copyOf(areas);
        }
    }

    /** What makes the map interactive: the map data as JSON, and the stylesheets and scripts that read it. */
    public record Script(String data, List<String> stylesheets, List<String> scripts) {

        public Script {
            stylesheets = List.copyOf(stylesheets);
            scripts = List.copyOf(scripts);
        }
    }

    /** An area's outline as an SVG path; {@code labelX} is null when the name is not written on the map. */
    public record OutlineView(String name, String path, boolean derived, boolean current, String labelX,
            String labelY) {
    }

    /**
     * A marker: its kind's code for the shape, where it sits, its link and accessible name; a place that
     * is not open on the edition date ({@code open} false) is drawn grey and has its {@code status} (else
     * null). {@code lat} and {@code lon} place it on the interactive map, whose script reads the places
     * from these markers.
     */
    public record MarkerView(String kind, String x, String y, String href, String label, boolean highlighted,
            boolean open, String lat, String lon, String status) {
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
     * {@code label} is its accessible name ("Noord: 2 kindcentra, 6 scholen en 3 opvanglocaties"); {@code lat}
     * and {@code lon} are where the interactive map, which reads its areas from these markers, puts it.
     */
    public record AreaMarker(String x, String y, String width, String height, String radius, String textX, String textY,
            String href, String label, String count, String lat, String lon) {
    }

    /** An area in the list beside an overview map, with its counts ("2 kindcentra, 6 scholen en ..."). */
    public record AreaItem(String name, String href, String counts) {
    }
}
