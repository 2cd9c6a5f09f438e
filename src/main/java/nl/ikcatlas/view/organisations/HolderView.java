package nl.ikcatlas.view.organisations;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;

/** A childcare holder; {@code kvk} may be null; {@code actions} are its website and telephone buttons. */
public record HolderView(Layout layout, String name, String kvk, List<Link> actions, List<Card> locations)
        implements PageView {
    @Override
    public String template() {
        return "houder.ftl";
    }

    public HolderView {
        actions = List.copyOf(actions);
        locations = List.copyOf(locations);
    }
}
