package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;

/** Lays out stacked bar charts: a row per item, a segment per category, lengths in proportion to the counts. */
public final class Charts {
    public static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 270;
    private static final int ROW_HEIGHT = 24;
    private static final int BAR_HEIGHT = 18;
    private static final int TOP = 4;
    private static final int LEGEND_ROW = 22;

    private Charts() {
    }

    /** A category of a chart: its name, its fill and the colour of a value written on it. */
    public record Category(String name, ChartView.PatternView pattern, String textColour) {
    }

    /** A row to draw: its label and one count per category. */
    public record Item(String label, List<Integer> counts) {
    }

    /**
     * {@code scale} is the count that fills the whole bar (the largest row total, or a fixed total such
     * as the number of themes). {@code unit} names what is counted, for the tooltip ("kindcentra").
     */
    public static ChartView stacked(String id, String title, String description, List<Category> categories, List<Item> items,
            int scale, String one, String many) {
        int barWidth = WIDTH - LABEL_WIDTH - 10;
        List<ChartView.Row> rows = new ArrayList<>(items.size());
        int y = TOP;
        for (Item item : items) {
            List<ChartView.Segment> segments = new ArrayList<>();
            int x = LABEL_WIDTH;
            int sum = 0;
            for (int c = 0; c < categories.size(); c++) {
                int count = item.counts().get(c);
                if (count == 0) {
                    continue;
                }
                int start = LABEL_WIDTH + (int) Math.round((double) sum * barWidth / Math.max(scale, 1));
                sum += count;
                int end = LABEL_WIDTH + (int) Math.round((double) sum * barWidth / Math.max(scale, 1));
                x = start;
                int w = end - start;
                Category cat = categories.get(c);
                String value = Integer.toString(count);
                segments.add(new ChartView.Segment(x, y, w, BAR_HEIGHT, cat.pattern().fill(),
                        item.label() + ": " + Dutch.count(count, one, many) + " " + cat.name(),
                        w >= 16 ? value : null, x + w / 2, y + BAR_HEIGHT - 5, cat.textColour()));
            }
            rows.add(new ChartView.Row(item.label(), LABEL_WIDTH - 8, y + BAR_HEIGHT - 5, segments));
            y += ROW_HEIGHT;
        }
        List<ChartView.LegendItem> legend = new ArrayList<>(categories.size());
        int legendTop = y + 10;
        int perLine = 3;
        int column = (WIDTH - 10) / perLine;
        for (int c = 0; c < categories.size(); c++) {
            int lx = 5 + (c % perLine) * column;
            int ly = legendTop + (c / perLine) * LEGEND_ROW;
            legend.add(new ChartView.LegendItem(lx, ly, 16, categories.get(c).pattern().fill(),
                    categories.get(c).name(), lx + 22, ly + 13));
        }
        int legendLines = (categories.size() + perLine - 1) / perLine;
        int height = legendTop + legendLines * LEGEND_ROW + 4;
        List<ChartView.PatternView> patterns = new ArrayList<>(categories.size());
        for (Category c : categories) {
            patterns.add(c.pattern());
        }
        return new ChartView(id, title, description, WIDTH, height, patterns, rows, legend);
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
                    backgrounds[shade], strokes[shade], paths[shade]), shade >= 3 ? "#ffffff" : "#1b1b1b"));
        }
        return result;
    }

    /** Fills for higher, the same and lower. */
    public static List<Category> changeCategories(String chartId) {
        return List.of(
                new Category("hoger", new ChartView.PatternView(chartId + "-up", "#cfe9d4", "#2e7d3e", "M0 8L8 0"),
                        "#1b1b1b"),
                new Category("gelijk", new ChartView.PatternView(chartId + "-same", "#eeeeee", "#8a8a8a", "M2 2h1"),
                        "#1b1b1b"),
                new Category("lager", new ChartView.PatternView(chartId + "-down", "#f8d9c4", "#a84a10", "M0 0L8 8"),
                        "#1b1b1b"));
    }
}
