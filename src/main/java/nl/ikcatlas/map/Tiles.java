package nl.ikcatlas.map;

import nl.ikcatlas.model.TileSource;

/** The background tiles of the interactive maps; {@code url} is null when none are loaded. */
public record Tiles(String url, String attribution, int maxZoom) {

    public static Tiles of(TileSource source) {
        return switch (source) {
            case PDOK -> new Tiles("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
                    "Kaartgegevens &copy; Kadaster", 19);
            case OPENSTREETMAP -> new Tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                    "Kaartgegevens &copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap-bijdragers</a>",
                    19);
            case NONE -> new Tiles(null, null, 19);
        };
    }

    /** The attribution as plain text for under a map ("Kaartgegevens © Kadaster"); null without tiles. */
    public String plainAttribution() {
        return url == null ? null : attribution.replaceAll("<[^>]*>", "").replace("&copy;", "©");
    }
}
