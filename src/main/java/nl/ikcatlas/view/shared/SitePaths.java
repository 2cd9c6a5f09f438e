package nl.ikcatlas.view.shared;

/**
 * Where every page lives, relative to the site root, and how one page links to another.
 * Links are relative so the site works from file:// and from any sub-path.
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String INSTRUMENT = "instrument.html";
    public static final String ABOUT = "over.html";
    public static final String THEME = "assets/thema.css";
    public static final String STYLESHEET = "assets/atlas.css";
    public static final String MENU_SCRIPT = "assets/menu.js";
    public static final String ICON = "assets/favicon.svg";
    public static final String AREA_FIGURES = "monitor/gebieden.html";
    public static final String CHANGES = "wijzigingen.html";
    public static final String CHANGES_FEED = "wijzigingen.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String DOWNLOADS = "downloads.html";
    public static final String GEODATA = "locaties.geojson";
    public static final String MONITOR = "monitor.html";
    public static final String REPORT = "rapport.html";
    public static final String REPORT_PDF = "rapport.pdf";
    public static final String SEARCH_INDEX = Section.SEARCH.directory() + "/zoekindex.js";

    private SitePaths() {
    }

    public static String area(String id) {
        return Section.AREAS.directory() + "/" + id + ".html";
    }

    /** The monitor of one area, in an atlas too large for one monitor page. */
    public static String monitorOfArea(String id) {
        return "monitor/gebied/" + id + ".html";
    }

    /** The changes of one area, in an atlas with too many changes for one page. */
    public static String changesOfArea(String id) {
        return "wijzigingen/" + id + ".html";
    }

    public static String kindcentrum(String id) {
        return Section.KINDCENTRA.directory() + "/" + id + ".html";
    }

    public static String school(String id) {
        return Section.SCHOOLS.directory() + "/" + id + ".html";
    }

    public static String childcare(String id) {
        return Section.CHILDCARE.directory() + "/" + id + ".html";
    }

    public static String board(String id) {
        return Section.BOARDS.directory() + "/" + id + ".html";
    }

    public static String holder(String id) {
        return Section.HOLDERS.directory() + "/" + id + ".html";
    }

    public static String content(String name) {
        return name + ".html";
    }
}
