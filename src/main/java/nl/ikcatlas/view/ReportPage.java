package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.site.Page;

/**
 * Builds {@code rapport.html}: the monitor, the area figures and the changes together, for the council
 * meeting. The build also turns this page into {@code rapport.pdf}.
 */
final class ReportPage {
    static final String PATH = "rapport.html";
    /** The PDF of this page, written by the build next to it. */
    static final String PDF = "rapport.pdf";

    /**
     * Up to this many kindcentra the report lists, for every assessment, the themes that moved (about
     * ten pages); beyond it only the counts per kindcentrum, with the details on the changes page.
     */
    static final int CHANGE_DETAILS_LIMIT = 100;

    private final ViewContext ctx;

    ReportPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    Page page() {
        SourceNotes notes = ctx.notes();
        AreaComparisonView areas = new AreaComparison(ctx).view(Page.rootFrom(PATH), notes);
        List<ReportView.Plan> plans = new ArrayList<>();
        for (Kindcentrum k : ctx.index().sortedKindcentra()) {
            Area area = ctx.index().area(k.area());
            plans.add(new ReportView.Plan(area == null ? k.area() : area.name(),
                    AreaFigures.plans(k, Page.rootFrom(PATH))));
        }
        List<ChangesView.Year> years = new ChangesPage(ctx).years(notes);
        MonitorView monitor = new MonitorPage(ctx).view(PATH, "Rapport voor de gemeenteraad",
                List.of(Layouts.sectionCrumb(Section.MONITOR)), notes);

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
        boolean changeDetails = ctx.index().sortedKindcentra().size() <= CHANGE_DETAILS_LIMIT;
        ReportView view = new ReportView(monitor, contents, themes, areas, plans, years, changeDetails,
                Dutch.date(ctx.index().atlas().settings().edition()), PDF);
        return new Page(PATH, view);
    }
}
