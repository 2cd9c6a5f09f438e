package nl.ikcatlas.view.shared;

/** The municipality's logo in the header: its href relative to the page, and its text for screen readers. */
public record LogoView(String href, String alt) {
}
