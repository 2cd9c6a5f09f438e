package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.SiteAddress;
import nl.ikcatlas.view.shared.SitePaths;
import static nl.ikcatlas.view.shared.Xml.escape;

/**
 * The files that help search engines find a published site: {@code sitemap.xml} with the absolute address
 * of every page and the edition as its date, and {@code robots.txt}, which allows everything and names the
 * sitemap. Only for an atlas with a {@code base_url}: a site without one has no absolute addresses.
 */
final class PublishingFiles {
    private final SiteAddress address;
    private final String edition;

    /** {@code edition}: the edition date, YYYY-MM-DD. */
    PublishingFiles(SiteAddress address, String edition) {
        this.address = address;
        this.edition = edition;
    }

    List<SiteFile> files(List<? extends PageSource> pages) {
        List<SiteFile> files = new ArrayList<>(2);
        files.add(sitemap(pages));
        files.add(SiteFile.text(SitePaths.ROBOTS, "User-agent: *\nAllow: /\n\nSitemap: "
                + address.url(SitePaths.SITEMAP) + "\n"));
        return files;
    }

    private SiteFile sitemap(List<? extends PageSource> pages) {
        StringBuilder xml = new StringBuilder(128 + pages.size() * 120);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PageSource page : pages) {
            xml.append("  <url><loc>").append(escape(address.url(page.path()))).append("</loc><lastmod>")
                    .append(edition).append("</lastmod></url>\n");
        }
        xml.append("</urlset>\n");
        return SiteFile.text(SitePaths.SITEMAP, xml.toString());
    }
}
