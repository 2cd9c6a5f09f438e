package nl.ikcatlas.view.organisations;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Layout;

/** A school board; {@code denomination} and {@code website} may be null. */
public record BoardView(
        Layout layout,
        String name,
        String number,
        String denomination,
        String website,
        List<Card> schools) implements PageView {
    @Override
    public String template() {
        return "bestuur.ftl";
    }

    public BoardView {
        schools = List.copyOf(schools);
    }
}
