package nl.ikcatlas.view.places;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Explained;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.PlaceHistoryView;

/**
 * A childcare location; {@code lrk} may be null; {@code actions} are its website, telephone and register
 * buttons, only those it has.
 */
public record ChildcareView(
        Layout layout,
        String name,
        String lrk,
        Link holder,
        List<CareTypeView> careTypes,
        Explained vve,
        String address,
        Link area,
        List<Link> actions,
        PlaceHistoryView placeHistory,
        List<Card> kindcentra,
        Nearby schoolsNearby,
        nl.ikcatlas.map.MapView map) implements PageView {
    @Override
    public String template() {
        return "opvang.ftl";
    }

    public ChildcareView {
        careTypes = List.copyOf(careTypes);
        actions = List.copyOf(actions);
        kindcentra = List.copyOf(kindcentra);
    }

    /** "Dagopvang", for whom it is, and "48 kindplaatsen" (null when not known). */
    public record CareTypeView(String name, String explanation, String places) {
    }
}
