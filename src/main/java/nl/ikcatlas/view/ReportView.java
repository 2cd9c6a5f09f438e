package nl.ikcatlas.view;

import java.util.List;

/**
 * The report for the council: the monitor, the figures of every area and what changed, on one page
 * that prints on A4 and is also made into a PDF ({@code pdfHref}). {@code contents} links the parts of
 * the report in their order; {@code themes} numbers the themes for the compact level tables.
 */
public record ReportView(
        MonitorView monitor,
        List<Link> contents,
        List<NumberedTheme> themes,
        List<AreaOverviewView.Block> areas,
        List<ChangesView.Year> years,
        String edition,
        String pdfHref) {

    public ReportView {
        contents = List.copyOf(contents);
        themes = List.copyOf(themes);
        areas = List.copyOf(areas);
        years = List.copyOf(years);
    }

    /** The report is laid out as one page of the site; its layout is the monitor part's. */
    public Layout layout() {
        return monitor.layout();
    }

    /** "T3" and the theme's name, for the legend of the compact tables. */
    public record NumberedTheme(String code, String name) {
    }
}
