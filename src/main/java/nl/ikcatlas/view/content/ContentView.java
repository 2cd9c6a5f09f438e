package nl.ikcatlas.view.content;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.ContactView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.SourceView;

/**
 * A hand-written page. Every content page can show the site's sources, edition, example-data
 * note and contact (the about page does); {@code summary} and {@code illustrative} may be null.
 * {@code levels} are the instrument's ambition levels, for a page that explains them (niveaus.ftl).
 * {@code template} is the template the page's header names, or the default one. {@code accessibility} is
 * what the accessibility statement (toegankelijkheid.ftl) says from atlas.yaml, or null; {@code siteName}
 * and {@code siteUrl} (null without base_url) name the website the statement is about. {@code costs} are the
 * figures of the costs page (kosten.ftl) from atlas.yaml, or null.
 */
public record ContentView(
        Layout layout,
        String title,
        String summary,
        String html,
        String edition,
        String illustrative,
        List<SourceView> sources,
        ContactView contact,
        List<InstrumentView.LevelInfo> levels,
        String template,
        AccessibilityView accessibility,
        String siteName,
        String siteUrl,
        CostsView costs) implements PageView {

    public ContentView {
        sources = List.copyOf(sources);
        levels = List.copyOf(levels);
    }
}
