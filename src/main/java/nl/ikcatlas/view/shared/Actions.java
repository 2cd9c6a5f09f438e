package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The buttons that let a parent act on a childcare location or organisation: visit its website, call it,
 * look it up in the national childcare register. Only what the records hold becomes a button.
 */
public final class Actions {
    /** The register's public start page, where anyone can search a location by its number. */
    public static final String REGISTER = "https://www.landelijkregisterkinderopvang.nl/";

    private Actions() {
    }

    /**
     * The buttons for a website, a telephone number and a register entry, each absent when its value is
     * blank: a location's own register page when known, else the register's search with its number.
     */
    public static List<Link> of(String website, String phone, String lrk, String lrkPage) {
        List<Link> actions = new ArrayList<>(3);
        if (Layouts.blankToNull(website) != null) {
            actions.add(new Link(website, "Naar de website"));
        }
        if (Layouts.blankToNull(phone) != null) {
            actions.add(new Link("tel:" + phone.replaceAll("[^0-9+]", ""), "Bel " + phone));
        }
        if (Layouts.blankToNull(lrkPage) != null) {
            actions.add(new Link(lrkPage, "Bekijk in het Landelijk Register Kinderopvang"));
        } else if (Layouts.blankToNull(lrk) != null) {
            actions.add(new Link(REGISTER, "Zoek nummer " + lrk + " op in het Landelijk Register Kinderopvang"));
        }
        return List.copyOf(actions);
    }
}
