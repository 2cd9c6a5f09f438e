package nl.ikcatlas.view.shared;

/** A choice in a filter: the value the script compares and the text a visitor reads. */
public record Option(String value, String label) {
}
