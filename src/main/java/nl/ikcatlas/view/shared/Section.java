package nl.ikcatlas.view.shared;

/** The parts of the site the main navigation leads to. */
public enum Section {
    HOME(null, "Home"),
    AREAS("gebieden", "Gebieden"),
    KINDCENTRA("kindcentra", "Kindcentra"),
    SCHOOLS("scholen", "Scholen"),
    CHILDCARE("opvang", "Opvang"),
    BOARDS("besturen", "Schoolbesturen"),
    HOLDERS("houders", "Opvangorganisaties"),
    INSTRUMENT(null, "Ontwikkelinstrument"),
    MONITOR(null, "Monitor"),
    ABOUT(null, "Over deze atlas"),
    /** The search page and the plain lists per care type and level that work without JavaScript. */
    SEARCH("zoeken", "Zoeken"),
    /** Content pages other than the about page: not in the navigation. */
    OTHER(null, null);

    private final String directory;
    private final String label;

    Section(String directory, String label) {
        this.directory = directory;
        this.label = label;
    }

    public String directory() {
        return directory;
    }

    public String label() {
        return label;
    }

    /** The page the navigation links to for this section, relative to the site root. */
    public String indexPath() {
        return switch (this) {
            case HOME, OTHER -> SitePaths.HOME;
            case AREAS, KINDCENTRA, SCHOOLS, CHILDCARE, BOARDS, HOLDERS, SEARCH -> directory + "/index.html";
            case INSTRUMENT -> SitePaths.INSTRUMENT;
            case MONITOR -> SitePaths.MONITOR;
            case ABOUT -> SitePaths.ABOUT;
        };
    }
}
