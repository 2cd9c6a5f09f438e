package nl.ikcatlas.view;

import java.util.List;

/** A school board; {@code denomination} and {@code website} may be null. */
public record BoardView(
        Layout layout,
        String name,
        String number,
        String denomination,
        String website,
        List<Card> schools) {

    public BoardView {
        schools = List.copyOf(schools);
    }
}
