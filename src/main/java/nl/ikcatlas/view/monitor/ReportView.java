package nl.ikcatlas.view.monitor;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.AreaComparisonView;
import nl.ikcatlas.view.shared.AreaFiguresView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;

/**
 * The report for the council: the monitor, the figures of every area and what changed, on one page
 * that prints on A4 and is also made into a PDF ({@code pdfHref}). The areas are compared in one table
 * and the plans of all kindcentra are in one table, so the report stays short for a large atlas; for the
 * same reason a large atlas ({@code summary}) shows the levels per area ({@code areaLevels}), the plans counted
 * ({@code planCounts}), the kindcentra per interest counted and the changes per year in numbers, instead of a
 * row per kindcentrum or per change. {@code contents} links the parts of
 * the report in their order; {@code themes} numbers the themes for the compact level tables.
 */
public record ReportView(
        MonitorView monitor,
        List<Link> contents,
        List<NumberedTheme> themes,
        AreaComparisonView areas,
        List<Plan> plans,
        List<ChangesView.Year> years,
        boolean summary,
        List<AreaLevels> areaLevels,
        List<PlanCount> planCounts,
        String edition,
        String pdfHref) implements PageView {
    public static final String TEMPLATE = "rapport.ftl";

    @Override
    public String template() {
        return TEMPLATE;
    }

    public ReportView {
        contents = List.copyOf(contents);
        themes = List.copyOf(themes);
        plans = List.copyOf(plans);
        years = List.copyOf(years);
        areaLevels = List.copyOf(areaLevels);
        planCounts = List.copyOf(planCounts);
    }

    /** The report is laid out as one page of the site; its layout is the monitor part's. */
    public Layout layout() {
        return monitor.layout();
    }

    /** A kindcentrum's plans, with the name of its area. */
    public record Plan(String area, AreaFiguresView.KindcentrumRow plans) {
    }

    /** An area's number of kindcentra and, per theme, the middle level of those assessed ("3", or "-"). */
    public record AreaLevels(String area, int kindcentra, List<String> levels) {
        public AreaLevels {
            levels = List.copyOf(levels);
        }
    }

    /** How many kindcentra gave {@code answer} to {@code question} ("Scenario"). */
    public record PlanCount(String question, String answer, int count) {
    }

    /** "T3" and the theme's name, for the legend of the compact tables. */
    public record NumberedTheme(String code, String name) {
    }
}
