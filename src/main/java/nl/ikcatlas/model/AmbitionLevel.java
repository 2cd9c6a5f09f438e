package nl.ikcatlas.model;

/** One step on the instrument's scale, e.g. "hand in hand". */
public record AmbitionLevel(String id, String name, String summary, String plain) {
}
