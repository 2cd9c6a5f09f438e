package nl.ikcatlas.view.shared;

import nl.ikcatlas.model.Address;
import nl.ikcatlas.model.SchoolBoard;

/** How records are named on the site where the data leave a gap. */
public final class Names {
    private Names() {
    }

    /** A board's name, or "Schoolbestuur 42832" when the sources do not give one. */
    public static String board(SchoolBoard board) {
        return board.name() == null || board.name().isBlank() ? "Schoolbestuur " + board.number() : board.name();
    }

    /** "IJsvogellaan 14, 2651 AB Berkel en Rodenrijs". */
    public static String address(Address address) {
        return address.street() + ", " + address.postcode() + " " + address.place();
    }
}
