package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.AreaComparison;
import nl.ikcatlas.view.shared.AreaComparisonView;
import nl.ikcatlas.view.shared.AreaFigures;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * Builds {@code rapport.html}: the monitor, the area figures and the changes together, for the council
 * meeting. The build also turns this page into {@code rapport.pdf}.
 */
public final class ReportPage {
    /**
     * Up to this many kindcentra the report has a row per kindcentrum (levels, plans) and lists, for every
     * assessment, the themes that moved (about ten pages); beyond it summary tables (per area, counted) and
     * the changes per year in numbers, with the details in the atlas.
     */
    public static final int CHANGE_DETAILS_LIMIT = 100;
    /** The SitePaths.REPORT_PDF of this page, written by the build next to it. */

    private final ViewContext ctx;

    public ReportPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page page() {
        SourceNotes notes = ctx.notes();
        AreaComparisonView areas = new AreaComparison(ctx).view(Page.rootFrom(SitePaths.REPORT), notes);
        List<ReportView.Plan> plans = new ArrayList<>();
        for (Kindcentrum k : ctx.index().sortedKindcentra()) {
            Area area = ctx.index().area(k.area());
            plans.add(new ReportView.Plan(area == null ? k.area() : area.name(),
                    AreaFigures.plans(k, Page.rootFrom(SitePaths.REPORT))));
        }
        List<ChangesView.Year> years = new ChangesPage(ctx).years(notes);
        boolean summary = ctx.index().sortedKindcentra().size() > CHANGE_DETAILS_LIMIT;
        MonitorView monitor = new MonitorPage(ctx).view(SitePaths.REPORT, "Rapport voor de gemeenteraad",
                List.of(Layouts.sectionCrumb(Section.MONITOR)), notes, summary);

        List<Link> contents = new ArrayList<>();
        contents.add(new Link("#over-dit-rapport", "Over dit rapport"));
        if (monitor.policy() != null) {
            contents.add(new Link("#beleid", "Rol van de gemeente"));
        }
        contents.add(new Link("#niveaus", "Niveaus per kindcentrum"));
        contents.add(new Link("#verdeling", "Aantal kindcentra per niveau"));
        contents.add(new Link("#belangstelling", "Belangstelling voor een IKC"));
        contents.add(new Link("#gebieden", "Cijfers per gebied"));
        contents.add(new Link("#wijzigingen", "Wat is er veranderd?"));

        List<ReportView.NumberedTheme> themes = new ArrayList<>();
        for (Theme t : ctx.index().atlas().instrument().themes()) {
            themes.add(new ReportView.NumberedTheme("T" + (themes.size() + 1), t.name()));
        }
        ReportView view = new ReportView(monitor, contents, themes, areas, summary ? List.of() : plans, years,
                summary, summary ? ReportSummary.areaLevels(monitor.table()) : List.of(),
                summary ? ReportSummary.planCounts(plans) : List.of(),
                Dutch.date(ctx.index().atlas().settings().edition()), SitePaths.REPORT_PDF);
        return new Page(SitePaths.REPORT, view);
    }
}
