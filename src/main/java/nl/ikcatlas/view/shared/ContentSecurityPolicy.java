package nl.ikcatlas.view.shared;

import java.net.URI;
import nl.ikcatlas.map.Tiles;

/**
 * The Content-Security-Policy every page carries in a meta tag: scripts, styles, fonts and images only
 * from the site itself, plus the map tiles' server when the atlas uses tiles. Nothing else may be loaded,
 * framed, fetched or sent, so a mistake that slips markup into a page still cannot run or load anything.
 * Scripts may set styles through the DOM (the map library does); style attributes in markup are refused.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(Tiles tiles) {
        String images = tiles.url() == null ? "'self'" : "'self' " + origin(tiles.url());
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src " + images
                + "; font-src 'self'; form-action 'self'; base-uri 'none'";
    }

    /** {@code https://host} of a tile URL template such as {@code https://host/{z}/{x}/{y}.png}. */
    private static String origin(String template) {
        URI uri = URI.create(template.substring(0, template.indexOf('{')));
        return uri.getScheme() + "://" + uri.getHost();
    }
}
