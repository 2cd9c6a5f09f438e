package nl.ikcatlas.view.areas;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.AreaFiguresView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Figure;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;

/**
 * A kern or wijk: its kindcentra, schools and childcare, including those in the areas inside it. An area with
 * too many schools or childcare locations for its page leads to their own list ({@code schoolsList},
 * {@code childcareList}, otherwise null) instead of showing their cards.
 * {@code parent} and {@code description} may be null; the kind and CBS code are in the downloads only.
 */
public record AreaView(
        Layout layout,
        String name,
        String description,
        Link parent,
        List<Link> subAreas,
        List<Figure> figures,
        AreaFiguresView summary,
        List<Card> kindcentra,
        List<Card> schools,
        Link schoolsList,
        List<Card> childcare,
        Link childcareList,
        nl.ikcatlas.map.MapView map) implements PageView {
    @Override
    public String template() {
        return "gebied.ftl";
    }

    public AreaView {
        subAreas = List.copyOf(subAreas);
        figures = List.copyOf(figures);
        kindcentra = List.copyOf(kindcentra);
        schools = List.copyOf(schools);
        childcare = List.copyOf(childcare);
    }
}
