package nl.ikcatlas.view.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.ikcatlas.map.Tiles;
import nl.ikcatlas.model.TileSource;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {
    private static final String REST = "; font-src 'self'; form-action 'self'; base-uri 'none'";

    @Test
    void imagesComeFromTheTileServerOnlyWhenTheMapsUseTiles() {
        String own = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";
        assertEquals(own + " https://service.pdok.nl" + REST, ContentSecurityPolicy.of(Tiles.of(TileSource.PDOK)));
        assertEquals(own + " https://tile.openstreetmap.org" + REST,
                ContentSecurityPolicy.of(Tiles.of(TileSource.OPENSTREETMAP)));
        assertEquals(own + REST, ContentSecurityPolicy.of(Tiles.of(TileSource.NONE)));
    }
}
