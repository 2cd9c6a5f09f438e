package nl.ikcatlas.view;

import java.util.List;

/**
 * The monitor: every kindcentrum's latest levels per theme, grouped by area, with the change since its
 * previous assessment; per theme how many kindcentra are at each level (chart and table); the
 * kindcentra per interest category; and the municipality's policy ({@code policy} null when not given).
 */
public record MonitorView(
        Layout layout,
        List<Link> themes,
        List<AreaGroup> areas,
        ChartView chart,
        List<String> levelNames,
        List<DistributionRow> distribution,
        List<InterestGroup> interest,
        PolicyView policy) {

    public MonitorView {
        themes = List.copyOf(themes);
        areas = List.copyOf(areas);
        levelNames = List.copyOf(levelNames);
        distribution = List.copyOf(distribution);
        interest = List.copyOf(interest);
    }

    /** {@code anchor} is the id of the area's heading, for the links at the top of the page. */
    public record AreaGroup(String anchor, String name, List<Row> rows) {
        public AreaGroup {
            rows = List.copyOf(rows);
        }
    }

    /** {@code year} is empty when the kindcentrum has no assessment yet. */
    public record Row(Link kindcentrum, String year, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One theme's level: "Hand in hand (3)", its css class and its number alone ("3", "-" without a
     * level) for compact tables; the change as an arrow (hidden from
     * screen readers) and in words ("hoger dan in 2025"), both null without a previous assessment.
     */
    public record Cell(String text, String cssClass, String number, String arrow, String change) {
    }

    public record DistributionRow(String theme, List<String> counts, String total) {
        public DistributionRow {
            counts = List.copyOf(counts);
        }
    }

    public record InterestGroup(String anchor, String name, String explanation, List<Link> kindcentra) {
        public InterestGroup {
            kindcentra = List.copyOf(kindcentra);
        }
    }

    /** The role with one plain sentence about it, the budget (or null) and the cited source. */
    public record PolicyView(String role, String roleExplained, String description, String budget, String source) {
    }
}
