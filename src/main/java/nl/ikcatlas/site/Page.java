package nl.ikcatlas.site;

/**
 * One output file: {@code path} relative to the site root ({@code scholen/de-oosthoek.html}) and the
 * typed view its template reads as {@code page}; the view names that template.
 */
public record Page(String path, PageView view) implements PageSource {

    /** This page itself: its view is made already. */
    @Override
    public Page page() {
        return this;
    }

    /** The template file that renders this page. */
    public String template() {
        return view.template();
    }

    /** The relative way from the page at {@code path} to the site root: "../" once for every folder it lies in. */
    public static String rootFrom(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
