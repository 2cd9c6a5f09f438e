package nl.ikcatlas.model;

/** How the atlas draws maps. */
public record MapSettings(TileSource tiles) {

    /** Without a {@code map} section: PDOK's BRT-Achtergrondkaart. */
    public static final MapSettings DEFAULT = new MapSettings(TileSource.PDOK);
}
