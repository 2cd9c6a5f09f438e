package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.monitor.AreaSummaries;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.AreaFigures;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds {@code monitor/gebieden.html}: the figures of every kern and wijk on one page. */
public final class AreaOverviewPage {

    private final ViewContext ctx;

    public AreaOverviewPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page page() {
        SourceNotes notes = ctx.notes();
        List<AreaOverviewView.Block> blocks = blocks(SitePaths.AREA_FIGURES, notes);
        AreaOverviewView view = new AreaOverviewView(ctx.layouts().layout(SitePaths.AREA_FIGURES, Section.MONITOR, "Cijfers per gebied",
                List.of(Layouts.sectionCrumb(Section.MONITOR)), notes), blocks);
        return new Page(SitePaths.AREA_FIGURES, view);
    }

    /** The figures of every area, with links relative to the page at {@code path}. */
    private List<AreaOverviewView.Block> blocks(String path, SourceNotes notes) {
        String root = Page.rootFrom(path);
        AreaSummaries summaries = new AreaSummaries(ctx.index().atlas());
        AreaFigures figures = new AreaFigures(ctx.index().sources());
        AreaFigures.notePlaceSources(ctx.index(), notes);
        List<AreaOverviewView.Block> blocks = new ArrayList<>();
        for (Area a : ctx.index().sortedAreas()) {
            notes.add(a.source(), "de gegevens van de gebieden");
            blocks.add(new AreaOverviewView.Block("gebied-" + a.id(),
                    new Link(root + SitePaths.area(a.id()), a.name()), figures.view(summaries.of(a.id()), root, notes)));
        }
        return blocks;
    }
}
