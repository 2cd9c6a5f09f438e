package nl.ikcatlas.view.shared;

import java.util.List;
import nl.ikcatlas.site.PageView;

/**
 * An overview page: a short introduction and the cards of every record of one kind, in groups.
 * {@code pager} is null when the whole list fits on one page.
 */
public record ListView(Layout layout, String intro, String total, List<Group> groups, Pager pager) implements PageView {
    @Override
    public String template() {
        return "lijst.ftl";
    }

    public ListView {
        groups = List.copyOf(groups);
    }

    /**
     * A group of cards; {@code heading} is null when the list has one group. {@code anchor} is the id of
     * its heading, which the pages of a split list link to.
     */
    public record Group(String heading, String anchor, List<Card> items) {
        public Group {
            items = List.copyOf(items);
        }

        /** A group whose anchor the list gives it. */
        public Group(String heading, List<Card> items) {
            this(heading, null, items);
        }
    }

    /**
     * The navigation of one page of a list that is split over several: "Pagina 2 van 14", the previous and
     * next page (null on the first and last), the page numbers (a gap has no href), and an index of the
     * groups (kernen or letters), each linking to the page where it starts. {@code indexFolded}: the index
     * is long and opens on request.
     */
    public record Pager(String label, Link previous, Link next, List<NavItem> numbers, String indexLabel,
            List<Link> index, boolean indexFolded) {
        public Pager {
            numbers = List.copyOf(numbers);
            index = List.copyOf(index);
        }
    }
}
