package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Theme;

/**
 * Builds {@code rapport.html}: the monitor, the area figures and the changes together, for the council
 * meeting. The build also turns this page into {@code rapport.pdf}.
 */
final class ReportPage {
    static final String TEMPLATE = "rapport.ftl";
    static final String PATH = "rapport.html";
    /** The PDF of this page, written by the build next to it. */
    static final String PDF = "rapport.pdf";

    private final ViewContext ctx;

    ReportPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    Page page() {
        SourceNotes notes = ctx.notes();
        List<AreaOverviewView.Block> areas = new AreaOverviewPage(ctx).blocks(PATH, notes);
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
        for (Theme t : ctx.index().atlas.instrument().themes()) {
            themes.add(new ReportView.NumberedTheme("T" + (themes.size() + 1), t.name()));
        }
        ReportView view = new ReportView(monitor, contents, themes, areas, years,
                Dutch.date(ctx.index().atlas.settings().edition()), PDF);
        return new Page(PATH, TEMPLATE, view);
    }
}
