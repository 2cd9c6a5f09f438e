package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * A horizontal stacked bar chart, drawn as inline SVG by the template. Every coordinate is
 * computed here; the template only writes them out. {@code id} keeps the pattern ids unique on a page.
 */
public record ChartView(
        String id,
        String title,
        String description,
        int width,
        int height,
        List<PatternView> patterns,
        List<Row> rows,
        List<LegendItem> legend) {

    public ChartView {
        patterns = List.copyOf(patterns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }

    /** A fill: a background colour with a line pattern over it, so a bar never differs by colour alone. */
    public record PatternView(String id, String background, String stroke, String path) {
        public String fill() {
            return "url(#" + id + ")";
        }
    }

    /** One bar with its label on the left; {@code labelY} is the text baseline. */
    public record Row(String label, int labelX, int labelY, List<Segment> segments) {
        public Row {
            segments = List.copyOf(segments);
        }
    }

    /** A part of a bar; {@code text} (its value) is null when the part is too narrow to hold it. */
    public record Segment(int x, int y, int width, int height, String fill, String title, String text, int textX,
            int textY, String textColour) {
    }

    public record LegendItem(int x, int y, int size, String fill, String label, int textX, int textY) {
    }
}
