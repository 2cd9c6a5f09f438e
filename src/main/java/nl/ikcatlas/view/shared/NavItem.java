package nl.ikcatlas.view.shared;

/** One entry of the main navigation; {@code current} marks the section the page belongs to. */
public record NavItem(String href, String label, boolean current) {
}
