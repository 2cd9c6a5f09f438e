package nl.ikcatlas.view;

import java.util.List;
import nl.ikcatlas.site.PageView;

/**
 * A kern or wijk: its kindcentra, schools and childcare, including those in the areas inside it.
 * {@code parent} and {@code cbsCode} and {@code description} may be null.
 */
public record AreaView(
        Layout layout,
        String name,
        String kind,
        String cbsCode,
        String description,
        Link parent,
        List<Link> subAreas,
        List<Figure> figures,
        AreaFiguresView summary,
        List<Card> kindcentra,
        List<Card> schools,
        List<Card> childcare,
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
