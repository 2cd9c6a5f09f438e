package nl.ikcatlas.view.shared;

/** A headline number with what it counts: "26" "scholen". The value is formatted already. */
public record Figure(String value, String label, String href) {
}
