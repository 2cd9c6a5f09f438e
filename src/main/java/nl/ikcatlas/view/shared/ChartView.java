package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * A horizontal stacked bar chart, drawn as inline SVG by the template: self-contained (fonts, fills and
 * sizes are attributes, no page style needed), so the PDF engine draws it as browsers do. Every
 * coordinate is computed here; the template only writes them out. {@code id} keeps the pattern ids
 * unique on a page; {@code fontFamily} is the font whose widths the layout estimated.
 */
public record ChartView(
        String id,
        String title,
        String description,
        int width,
        int height,
        String fontFamily,
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

    /** One bar with its label above it, wrapped onto as many lines as it needs. */
    public record Row(List<Line> label, List<Segment> segments) {
        public Row {
            label = List.copyOf(label);
            segments = List.copyOf(segments);
        }
    }

    /** A line of text; {@code y} is its baseline. */
    public record Line(String text, int x, int y) {
    }

    /**
     * A part of a bar. Its value stands in a white box on the bar, so it reads on every pattern;
     * {@code value} is null when the part is too narrow for the box (the tooltip and the table give it).
     */
    public record Segment(int x, int y, int width, int height, String fill, String title, Line value, int boxX, int boxY,
            int boxWidth, int boxHeight) {
    }

    public record LegendItem(int x, int y, int size, String fill, Line label) {
    }
}
