package nl.ikcatlas.model;

/**
 * A hand-written page from {@code content/<name>.md}: its body is already rendered, safe HTML.
 * {@code summary} may be null; a null {@code template} means the default {@code page.ftl}.
 */
public record ContentPage(String name, String title, String summary, String template, String html, Origin origin) {

    public static final String DEFAULT_TEMPLATE = "page.ftl";

    /** The template to render this page with. */
    public String templateOrDefault() {
        return template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
    }
}
