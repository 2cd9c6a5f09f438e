package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * The figures of every area side by side, for comparing kernen and wijken at a glance: a few narrow
 * tables (places, kinds of care, toddlers), each a row per area with the area's name first.
 */
public record AreaComparisonView(List<Table> tables) {

    public AreaComparisonView {
        tables = List.copyOf(tables);
    }

    /** {@code id} is the caption's id; {@code columns} are the headings after the area's name. */
    public record Table(String id, String caption, List<String> columns, List<Row> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Row(Link area, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
