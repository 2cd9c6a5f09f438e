package nl.ikcatlas.view;

/**
 * Where every page lives, relative to the site root, and how one page links to another.
 * Links are relative so the site works from file:// and from any sub-path.
 */
final class SitePaths {
    static final String HOME = "index.html";
    static final String INSTRUMENT = "instrument.html";
    static final String ABOUT = "over.html";
    static final String STYLESHEET = "assets/atlas.css";
    static final String MENU_SCRIPT = "assets/menu.js";
    static final String ICON = "assets/favicon.svg";

    private SitePaths() {
    }

    static String area(String id) {
        return Section.AREAS.directory() + "/" + id + ".html";
    }

    static String kindcentrum(String id) {
        return Section.KINDCENTRA.directory() + "/" + id + ".html";
    }

    static String school(String id) {
        return Section.SCHOOLS.directory() + "/" + id + ".html";
    }

    static String childcare(String id) {
        return Section.CHILDCARE.directory() + "/" + id + ".html";
    }

    static String board(String id) {
        return Section.BOARDS.directory() + "/" + id + ".html";
    }

    static String holder(String id) {
        return Section.HOLDERS.directory() + "/" + id + ".html";
    }

    static String content(String name) {
        return name + ".html";
    }
}
