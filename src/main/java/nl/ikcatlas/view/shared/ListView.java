package nl.ikcatlas.view.shared;

import java.util.List;
import nl.ikcatlas.site.PageView;

/** An overview page: a short introduction and the cards of every record of one kind, in groups. */
public record ListView(Layout layout, String intro, String total, List<Group> groups) implements PageView {
    @Override
    public String template() {
        return "lijst.ftl";
    }

    public ListView {
        groups = List.copyOf(groups);
    }

    /** A group of cards; {@code heading} is null when the list has one group. */
    public record Group(String heading, List<Card> items) {
        public Group {
            items = List.copyOf(items);
        }
    }
}
