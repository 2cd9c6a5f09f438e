package nl.ikcatlas.site;

import java.nio.charset.StandardCharsets;

/** A file of the site that is not a rendered page (data downloads, scripts): its path and bytes. */
public record SiteFile(String path, byte[] content) {

    public static SiteFile text(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
