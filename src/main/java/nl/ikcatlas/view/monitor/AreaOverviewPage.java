package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.monitor.AreaSummaries;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.view.shared.AreaFigures;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListPages;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * Builds {@code monitor/gebieden.html}: the figures of every kern and wijk on one page; in an atlas with more
 * areas than the limit, split over numbered pages ({@code monitor/gebieden/2.html}, ...) in the way of a list.
 */
public final class AreaOverviewPage {
    private static final String TITLE = "Cijfers per gebied";

    private final ViewContext ctx;

    public AreaOverviewPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    public List<PageSource> pages() {
        List<Area> areas = ctx.index().sortedAreas();
        int perPage = ctx.limits().areas();
        int count = Math.max(1, (areas.size() + perPage - 1) / perPage);
        List<Link> index = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            index.add(new Link(ListPages.pagePath(SitePaths.AREA_FIGURES, i / perPage + 1) + "#" + anchor(areas.get(i)),
                    areas.get(i).name()));
        }
        List<PageSource> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int page = n;
            String path = ListPages.pagePath(SitePaths.AREA_FIGURES, n);
            pages.add(PageSource.lazy(path, () -> page(path, page, count,
                    areas.subList((page - 1) * perPage, Math.min(areas.size(), page * perPage)), index)));
        }
        return pages;
    }

    private Page page(String path, int n, int count, List<Area> areas, List<Link> index) {
        SourceNotes notes = ctx.notes();
        List<AreaOverviewView.Block> blocks = blocks(areas, path, notes);
        List<Link> parents = new ArrayList<>(List.of(Layouts.sectionCrumb(Section.MONITOR)));
        if (n > 1) {
            parents.add(new Link(SitePaths.AREA_FIGURES, TITLE));
        }
        AreaOverviewView view = new AreaOverviewView(ctx.layouts().layout(path, Section.MONITOR,
                ListPages.title(TITLE, n, count), parents, notes), blocks,
                count == 1 ? null : ctx.lists().pager(SitePaths.AREA_FIGURES, n, count, "Ga naar een gebied", index));
        return new Page(path, view);
    }

    private static String anchor(Area area) {
        return "gebied-" + area.id();
    }

    /** The figures of {@code areas}, with links relative to the page at {@code path}. */
    private List<AreaOverviewView.Block> blocks(List<Area> areas, String path, SourceNotes notes) {
        String root = Page.rootFrom(path);
        AreaSummaries summaries = new AreaSummaries(ctx.index().atlas());
        AreaFigures figures = new AreaFigures(ctx.index().sources());
        AreaFigures.notePlaceSources(ctx.index(), notes);
        List<AreaOverviewView.Block> blocks = new ArrayList<>();
        for (Area a : areas) {
            notes.add(a.source(), "de gegevens van de gebieden");
            blocks.add(new AreaOverviewView.Block(anchor(a),
                    new Link(root + SitePaths.area(a.id()), a.name()), figures.view(summaries.of(a.id()), root, notes)));
        }
        return blocks;
    }
}
