package nl.ikcatlas.model;

import java.util.Map;

/** One theme of the instrument, with what each ambition level means for it (keyed by level id). */
public record Theme(String id, String name, String summary, Map<String, ThemeLevel> levels) {
}
