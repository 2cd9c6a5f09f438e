package nl.ikcatlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.site.SiteFile;

/**
 * The files of the interactive maps, copied into the site from the libraries on the class path:
 * Leaflet and Leaflet.markercluster (webjars) and the atlas's own map script. Nothing is loaded from
 * a CDN.
 */
public final class MapAssets {
    static final String DIR = "kaart/";
    static final String LEAFLET_CSS = DIR + "leaflet.css";
    static final String LEAFLET_JS = DIR + "leaflet.js";
    static final String CLUSTER_CSS = DIR + "markercluster.css";
    static final String CLUSTER_JS = DIR + "leaflet.markercluster.js";
    static final String MAP_JS = DIR + "kaart.js";

    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final String CLUSTER = "META-INF/resources/webjars/leaflet-markercluster/1.4.1/";

    public List<SiteFile> files() {
        List<SiteFile> files = new ArrayList<>();
        files.add(copy(LEAFLET + "leaflet.js", LEAFLET_JS));
        files.add(copy(LEAFLET + "leaflet.css", LEAFLET_CSS));
        for (String image : List.of("layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png",
                "marker-shadow.png")) {
            files.add(copy(LEAFLET + "images/" + image, DIR + "images/" + image));
        }
        files.add(copy(CLUSTER + "leaflet.markercluster.js", CLUSTER_JS));
        files.add(new SiteFile(CLUSTER_CSS, concat(read(CLUSTER + "MarkerCluster.css"),
                read(CLUSTER + "MarkerCluster.Default.css"))));
        files.add(copy("nl/ikcatlas/map/kaart.js", MAP_JS));
        return files;
    }

    private static SiteFile copy(String resource, String path) {
        return new SiteFile(path, read(resource));
    }

    private static byte[] read(String resource) {
        try (InputStream in = MapAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length + 1];
        System.arraycopy(a, 0, all, 0, a.length);
        all[a.length] = '\n';
        System.arraycopy(b, 0, all, a.length + 1, b.length);
        return all;
    }
}
