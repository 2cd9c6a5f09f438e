package nl.ikcatlas.view.places;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.PlaceHistoryView;

/**
 * A school location; {@code website} may be null; {@code noKindcentrum} is what the page says when the
 * school is in no kindcentrum; {@code childcareNearby} are the nearest open childcare locations of its area.
 */
public record SchoolView(
        Layout layout,
        String name,
        String address,
        String denomination,
        Link board,
        Link area,
        String website,
        PlaceHistoryView placeHistory,
        List<Card> kindcentra,
        String noKindcentrum,
        Nearby childcareNearby,
        nl.ikcatlas.map.MapView map) implements PageView {
    @Override
    public String template() {
        return "school.ftl";
    }

    public SchoolView {
        kindcentra = List.copyOf(kindcentra);
    }
}
