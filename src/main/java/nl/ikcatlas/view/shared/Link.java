package nl.ikcatlas.view.shared;

/** A link as a template shows it: a relative href and its text. A null href means "this page". */
public record Link(String href, String label) {
}
