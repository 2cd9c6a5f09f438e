package nl.ikcatlas.view.monitor;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.AreaFiguresView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListView;

/**
 * The figures of every area on one page, for comparing kernen and wijken; in a large atlas the figures of
 * some of them, and {@code pager} (otherwise null) leads to the other pages.
 */
public record AreaOverviewView(Layout layout, List<Block> areas, ListView.Pager pager) implements PageView {
    @Override
    public String template() {
        return "monitor-gebieden.ftl";
    }

    public AreaOverviewView {
        areas = List.copyOf(areas);
    }

    /** {@code anchor} keeps the ids of this area's headings and tables unique on the page. */
    public record Block(String anchor, Link area, AreaFiguresView figures) {
    }
}
