package nl.ikcatlas.site;

/**
 * One output file: {@code path} relative to the site root ({@code scholen/de-oosthoek.html}) and the
 * typed view its template reads as {@code page}; the view names that template.
 */
public record Page(String path, PageView view) {

    /** The template file that renders this page. */
    public String template() {
        return view.template();
    }
}
