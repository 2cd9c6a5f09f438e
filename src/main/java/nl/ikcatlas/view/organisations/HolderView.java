package nl.ikcatlas.view.organisations;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Layout;

/** A childcare holder; {@code kvk} and {@code website} may be null. */
public record HolderView(Layout layout, String name, String kvk, String website, List<Card> locations) implements PageView {
    @Override
    public String template() {
        return "houder.ftl";
    }

    public HolderView {
        locations = List.copyOf(locations);
    }
}
