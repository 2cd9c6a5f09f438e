package nl.ikcatlas.site;

/** What a page's template reads: every page view names the template that shows it. */
public interface PageView {
    String template();
}
