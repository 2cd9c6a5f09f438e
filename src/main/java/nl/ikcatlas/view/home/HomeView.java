package nl.ikcatlas.view.home;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Figure;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;

/**
 * The home page: a search field, what the atlas is, headline numbers, the kernen with their wijken (in an
 * atlas with more areas than a list shows on one page only their number, {@code areasCounted}, otherwise null),
 * and the sections. {@code searchHref} is the search page the field sends its query to.
 */
public record HomeView(
        Layout layout,
        String summary,
        List<Figure> figures,
        List<AreaGroup> areas,
        String areasCounted,
        List<Card> sections,
        String overviewHref,
        String searchHref,
        nl.ikcatlas.map.MapView map) implements PageView {
    @Override
    public String template() {
        return "index.ftl";
    }

    public HomeView {
        figures = List.copyOf(figures);
        areas = List.copyOf(areas);
        sections = List.copyOf(sections);
    }

    /** A top-level area with the areas inside it. */
    public record AreaGroup(Link area, String kind, List<Link> children) {
        public AreaGroup {
            children = List.copyOf(children);
        }
    }
}
