package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every shipped kindcentrum page fits in five screens of a phone (390 x 844), its themes folded. */
@Tag("browser")
class KindcentrumPageHeightBrowserTest {
    private static final int SCREENS = 5;

    @Test
    void everyKindcentrumPageFitsInFivePhoneScreens() {
        ShippedSite shipped = ShippedSite.get();
        assertTrue(shipped.report().succeeded());
        List<String> tooLong = new ArrayList<>();
        try (SiteServer server = new SiteServer(shipped.site()); Browser browser = Browser.open(390, 844)) {
            browser.blockMapTiles();
            for (Kindcentrum k : shipped.atlas().kindcentra()) {
                browser.driver().get(server.url("kindcentra/" + k.id() + ".html"));
                long height = ((Number) browser.driver().executeScript(
                        "return document.documentElement.scrollHeight;")).longValue();
                long screen = ((Number) browser.driver().executeScript("return window.innerHeight;")).longValue();
                if (height > SCREENS * screen) {
                    tooLong.add(k.id() + ": " + height + " px, " + String.format("%.1f", height / (double) screen)
                            + " screens");
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }
}
