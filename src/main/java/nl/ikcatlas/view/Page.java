package nl.ikcatlas.view;

/**
 * One output file: {@code path} relative to the site root ({@code scholen/de-oosthoek.html}),
 * the template file that renders it, and the typed view the template reads as {@code page}.
 */
public record Page(String path, String template, Object view) {
}
