package nl.ikcatlas.view;

import java.util.List;

/** A childcare holder; {@code kvk} and {@code website} may be null. */
public record HolderView(Layout layout, String name, String kvk, String website, List<Card> locations) {

    public HolderView {
        locations = List.copyOf(locations);
    }
}
