package nl.ikcatlas.model;

/** What one ambition level means for one theme: a short description and a plain-language one. */
public record ThemeLevel(String summary, String plain) {
}
