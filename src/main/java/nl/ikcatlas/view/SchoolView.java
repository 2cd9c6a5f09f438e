package nl.ikcatlas.view;

import java.util.List;
import nl.ikcatlas.site.PageView;

/** A school location; {@code website} may be null. */
public record SchoolView(
        Layout layout,
        String name,
        String vestigingscode,
        String address,
        String denomination,
        Link board,
        Link area,
        String website,
        PlaceHistoryView placeHistory,
        List<Card> kindcentra,
        List<Card> childcareNearby,
        nl.ikcatlas.map.MapView map) implements PageView {
        @Override
    public String template() {
        return "school.ftl";
    }

    public SchoolView {
        kindcentra = List.copyOf(kindcentra);
        childcareNearby = List.copyOf(childcareNearby);
    }
}
