package nl.ikcatlas.view.shared;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the site is published, from {@code base_url} in {@code data/atlas.yaml}: the absolute addresses
 * of its pages for the sitemap, the canonical links and the feed. {@link #NONE} when the atlas gives no
 * address: the site then stays relative and these files and links are not made.
 */
public final class SiteAddress {
    public static final SiteAddress NONE = new SiteAddress(null);

    private final URI base;

    private SiteAddress(URI base) {
        this.base = base;
    }

    /** {@code baseUrl} as validated (http or https, no query or fragment), with a {@code /} added when it lacks one. */
    public static SiteAddress of(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return NONE;
        }
        try {
            return new SiteAddress(new URI(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base_url was not validated: " + baseUrl, e);
        }
    }

    public boolean published() {
        return base != null;
    }

    /** The base address, ending with {@code /}. */
    public String base() {
        return base.toString();
    }

    /**
     * The absolute address of the page at {@code path} (relative to the site root), or null when the site
     * is not published; {@code index.html} is left off, as web servers serve it for its folder.
     */
    public String url(String path) {
        if (base == null) {
            return null;
        }
        String folderPath = path.equals("index.html") || path.endsWith("/index.html")
                ? path.substring(0, path.length() - "index.html".length()) : path;
        try {
            return base + new URI(null, null, folderPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }

    /**
     * A stable id for something published on this site (RFC 4151 tag URI): the host, a {@code date}
     * (YYYY or YYYY-MM-DD) and the base path followed by {@code specific}. It does not change between
     * editions, so feed readers recognise what they have seen.
     */
    public String tag(String date, String specific) {
        return "tag:" + base.getHost() + "," + date + ":" + base.getRawPath() + specific;
    }
}
