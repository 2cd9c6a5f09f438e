package nl.ikcatlas.view.monitor;

import java.util.List;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Option;

/**
 * One table of every kindcentrum with the level of its latest assessment per theme, ordered by area
 * and then by name. Everything the sort buttons and filters of the monitor script need is here as
 * text for {@code data-*} attributes, so the script never has to read the words on the page.
 */
public record MonitorTable(
        List<Column> columns,
        List<Row> rows,
        List<Link> areaLinks,
        List<Option> areaOptions,
        List<Option> interestOptions) {

    /** How a column sorts: by its text in Dutch order, or by the number in each cell's {@code data-sort}. */
    public static final String TEXT = "text";
    public static final String NUMBER = "number";

    public MonitorTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        areaLinks = List.copyOf(areaLinks);
        areaOptions = List.copyOf(areaOptions);
        interestOptions = List.copyOf(interestOptions);
    }

    /**
     * A column heading. {@code title} is the theme's name for a theme's column, whose {@code label} is
     * its short code ("T3"), and null for the other columns. {@code sortType} is {@link #TEXT} or
     * {@link #NUMBER}; {@code ariaSort} is "ascending" for the column the rows are already ordered by,
     * otherwise null.
     */
    public record Column(String label, String title, String sortType, String ariaSort) {
    }

    /**
     * One kindcentrum. {@code anchor} is the id of the first row of its area (the target of the links
     * above the table), null for the other rows. {@code areas} lists, separated by spaces, the id of its
     * area and of every area that lies around it, so choosing a kern also shows its wijken.
     * {@code interest} is the category's code and {@code yearSort} the year, both empty when unknown.
     */
    public record Row(
            String anchor,
            Link kindcentrum,
            String areas,
            String areaName,
            String interest,
            String interestText,
            String yearSort,
            String yearText,
            List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One theme's level: "Hand in hand (3)", its css class, its number as sort key (empty without a
     * level) and as text for compact tables ("-" without a level); the change as an arrow (hidden from
     * screen readers) and in words ("hoger dan in 2025"), both null without a previous assessment;
     * {@code changeClass} "change-up", "change-same" or "change-down" (null likewise); {@code code} the
     * theme's short code ("T3"), shown beside the cell where the table is laid out as cards.
     */
    public record Cell(String text, String cssClass, String sort, String number, String arrow, String change,
            String changeClass, String code) {
    }
}
