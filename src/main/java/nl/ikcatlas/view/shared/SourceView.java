package nl.ikcatlas.view.shared;

/** A source as the about page lists it; {@code date} is formatted, absent parts are null. */
public record SourceView(
        String name,
        String publisher,
        String date,
        String url,
        boolean illustrative,
        String description) {
}
