package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out stacked bar charts: a row per item with its label above the bar (wrapped to the chart's
 * width, measured with {@link TextWidth}), a segment per category, lengths in proportion to the counts.
 * The chart is narrow, so that it stays readable when it shrinks to a phone's width.
 */
public final class Charts {
    public static final int WIDTH = 480;
    public static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
    private static final int LABEL_SIZE = 14;
    private static final int LINE = 17;
    private static final int VALUE_SIZE = 12;
    private static final int BAR_HEIGHT = 20;
    private static final int ROW_GAP = 10;
    private static final int LEGEND_BOX = 16;
    private static final int LEGEND_ROW = 24;
    private static final int EDGE = 2;

    private Charts() {
    }

    /** A category of a chart: its name and its fill. */
    public record Category(String name, ChartView.PatternView pattern) {
    }

    /** A row to draw: its label and one count per category. */
    public record Item(String label, List<Integer> counts) {
    }

    /**
     * {@code scale} is the count that fills the whole bar (the largest row total, or a fixed total such
     * as the number of themes). {@code one} and {@code many} name what is counted, for the tooltip.
     */
    public static ChartView stacked(String id, String title, String description, List<Category> categories, List<Item> items,
            int scale, String one, String many) {
        int barWidth = WIDTH - 2 * EDGE;
        List<ChartView.Row> rows = new ArrayList<>(items.size());
        int y = 0;
        for (Item item : items) {
            List<ChartView.Line> label = new ArrayList<>();
            for (String line : wrap(item.label(), barWidth, LABEL_SIZE)) {
                y += LINE;
                label.add(new ChartView.Line(line, EDGE, y));
            }
            y += 5;
            List<ChartView.Segment> segments = new ArrayList<>();
            int sum = 0;
            for (int c = 0; c < categories.size(); c++) {
                int count = item.counts().get(c);
                if (count == 0) {
                    continue;
                }
                int start = EDGE + (int) Math.round((double) sum * barWidth / Math.max(scale, 1));
                sum += count;
                int end = EDGE + (int) Math.round((double) sum * barWidth / Math.max(scale, 1));
                int w = end - start;
                String value = Integer.toString(count);
                int boxWidth = TextWidth.of(value, VALUE_SIZE) + 6;
                int boxHeight = VALUE_SIZE + 3;
                boolean fits = w >= boxWidth + 4;
                Category cat = categories.get(c);
                segments.add(new ChartView.Segment(start, y, w, BAR_HEIGHT, cat.pattern().fill(),
                        item.label() + ": " + Dutch.count(count, one, many) + " " + cat.name(),
                        fits ? new ChartView.Line(value, start + w / 2, y + BAR_HEIGHT / 2 + VALUE_SIZE * 7 / 20) : null,
                        start + (w - boxWidth) / 2, y + (BAR_HEIGHT - boxHeight) / 2, boxWidth, boxHeight));
            }
            rows.add(new ChartView.Row(label, segments));
            y += BAR_HEIGHT + ROW_GAP;
        }
        List<ChartView.LegendItem> legend = new ArrayList<>(categories.size());
        int x = EDGE;
        int top = y + 4;
        for (Category c : categories) {
            int itemWidth = LEGEND_BOX + 6 + TextWidth.of(c.name(), LABEL_SIZE);
            if (x > EDGE && x + itemWidth > WIDTH - EDGE) {
                x = EDGE;
                top += LEGEND_ROW;
            }
            legend.add(new ChartView.LegendItem(x, top, LEGEND_BOX, c.pattern().fill(),
                    new ChartView.Line(c.name(), x + LEGEND_BOX + 6, top + 13)));
            x += itemWidth + 16;
        }
        int height = top + LEGEND_ROW;
        List<ChartView.PatternView> patterns = new ArrayList<>(categories.size());
        for (Category c : categories) {
            patterns.add(c.pattern());
        }
        return new ChartView(id, title, description, WIDTH, height, FONT, patterns, rows, legend);
    }

    /** {@code text} in lines no wider than {@code width}, broken between words; a single word too long keeps its own line. */
    static List<String> wrap(String text, int width, double fontSize) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextWidth.of(longer, fontSize) > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    /**
     * Fills for {@code n} rising levels: from light with sparse dots to dark and solid, with a different
     * line pattern per level, so the levels differ in pattern as well as in colour.
     */
    public static List<Category> levelCategories(String chartId, List<String> names) {
        String[] backgrounds = {"#f4f4f4", "#d6e8f5", "#94c2e3", "#3d84ba", "#0b4f7a"};
        String[] strokes = {"#8a8a8a", "#5b8fb5", "#2f6f9e", "#d6e8f5", "#0b4f7a"};
        String[] paths = {"M2 2h1", "M0 8L8 0", "M0 8L8 0M0 0L8 8", "M0 4h8", ""};
        List<Category> result = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            int shade = names.size() <= 1 ? 4 : (int) Math.round(i * 4.0 / (names.size() - 1));
            result.add(new Category(names.get(i), new ChartView.PatternView(chartId + "-n" + (i + 1),
                    backgrounds[shade], strokes[shade], paths[shade])));
        }
        return result;
    }
}
