package nl.ikcatlas.view.monitor;

import java.time.LocalDate;
import java.util.List;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.SiteAddress;
import nl.ikcatlas.view.shared.SitePaths;
import static nl.ikcatlas.view.shared.Xml.escape;

/**
 * The Atom feed of the changes page ({@code wijzigingen.xml}): one entry per year of changes, newest first,
 * so readers can follow new editions. Ids are tag URIs of the site's address and the year, and every date
 * comes from the data (the edition, the changes), so the feed is the same on every build of one edition.
 */
public final class ChangesFeed {
    private final SiteAddress address;
    private final String title;
    private final String author;
    private final LocalDate edition;

    /** {@code title}: the feed's title; {@code author}: the organisation that publishes the atlas. */
    public ChangesFeed(SiteAddress address, String title, String author, LocalDate edition) {
        this.address = address;
        this.title = title;
        this.author = author;
        this.edition = edition;
    }

    public SiteFile file(List<ChangesView.Year> years) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n")
                .append("  <id>").append(escape(address.url(SitePaths.CHANGES_FEED))).append("</id>\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <updated>").append(timestamp(edition)).append("</updated>\n")
                .append("  <author><name>").append(escape(author)).append("</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(escape(address.url(SitePaths.CHANGES_FEED))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(address.url(SitePaths.CHANGES))).append("\"/>\n");
        for (ChangesView.Year y : years) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(escape(address.tag(y.year(), "wijzigingen/" + y.year()))).append("</id>\n")
                    .append("    <title>Wijzigingen in ").append(escape(y.year())).append("</title>\n")
                    .append("    <updated>").append(timestamp(y.lastChange())).append("</updated>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                    .append(escape(address.url(SitePaths.CHANGES) + "#" + y.anchor())).append("\"/>\n")
                    .append("    <content type=\"html\">").append(escape(html(y))).append("</content>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return SiteFile.text(SitePaths.CHANGES_FEED, xml.toString());
    }

    /** The year's changes as on the changes page, with absolute links (escaped once here, once more as XML). */
    private String html(ChangesView.Year y) {
        StringBuilder html = new StringBuilder();
        if (!y.assessments().isEmpty()) {
            html.append("<h2>Metingen</h2><ul>");
            for (ChangesView.AssessmentItem a : y.assessments()) {
                html.append("<li>").append(anchor(a.kindcentrum())).append(": ").append(escape(a.summary()));
                if (!a.shifts().isEmpty()) {
                    html.append("<ul>");
                    a.shifts().forEach(s -> html.append("<li>").append(escape(s)).append("</li>"));
                    html.append("</ul>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (!y.provisions().isEmpty()) {
            html.append("<h2>Scholen, opvang en kindcentra</h2><ul>");
            for (ChangesView.ProvisionItem p : y.provisions()) {
                html.append("<li>").append(escape(p.date())).append(": ").append(escape(p.text()));
                if (p.link() != null) {
                    html.append(' ').append(anchor(p.link()));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    private String anchor(Link link) {
        return "<a href=\"" + escape(address.url(link.href())) + "\">" + escape(link.label()) + "</a>";
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
