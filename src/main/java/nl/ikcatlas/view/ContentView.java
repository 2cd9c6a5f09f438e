package nl.ikcatlas.view;

import java.util.List;

/**
 * A hand-written page. Every content page can show the site's sources, edition, example-data
 * note and contact (the about page does); {@code summary} and {@code illustrative} may be null.
 */
public record ContentView(
        Layout layout,
        String title,
        String summary,
        String html,
        String edition,
        String illustrative,
        List<SourceView> sources,
        ContactView contact) {

    public ContentView {
        sources = List.copyOf(sources);
    }
}
