package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The shipped atlas (map tiles from PDOK) under its Content-Security-Policy: the home page's search over HTTP,
 * what the policy refuses when it slips into a page, and the pages opened from {@code file://}. That nothing is
 * refused on any kind of page over HTTP, and nothing comes from another host than the tiles', is checked on the
 * page loads of {@link ShippedPagesBrowserTest}.
 */
@Tag("browser")
class ContentSecurityPolicyBrowserTest {
    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
    }

    @Test
    void theHomePageSearchWorksUnderThePolicyAndWhatSlipsIntoAPageIsRefused() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            browser.blockMapTiles();
            browser.recordCspViolations();
            // the home page's search form opens the search page with the query typed in
            browser.driver().get(server.url("index.html"));
            browser.driver().findElement(By.id("home-zoek")).sendKeys("2665 ES", Keys.ENTER);
            browser.shown(By.cssSelector("#zoek-lijst li"));
            assertTrue(browser.driver().getCurrentUrl().contains("zoeken/index.html?"), browser.driver().getCurrentUrl());
            assertEquals(List.of(), browser.cspViolations());
            assertEquals(List.of(), browser.consoleErrors());
            // and the policy does refuse what would slip into a page: a style attribute, an image from elsewhere
            browser.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                    + " '<p style=\"color: red\">x</p><img src=\"https://elders.example/p.png\" alt=\"\">');");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> browser.cspViolations().size() == 2);
            List<String> refused = browser.cspViolations();
            assertTrue(refused.get(0).startsWith("style-src-attr inline") && refused.get(1).startsWith(
                    "img-src https://elders.example/p.png"), refused.toString());
        }
    }

    @Test
    void fromFileNothingIsRefused() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.blockMapTiles();
            browser.recordCspViolations();
            for (String page : List.of("index.html", "gebieden/berkel-en-rodenrijs.html", "monitor.html",
                    "over.html", "zoeken/index.html")) {
                browser.driver().get(out.resolve(page).toUri().toString());
                waitForMaps(browser);
                assertEquals(List.of(), browser.cspViolations(), page);
                assertEquals(List.of(), browser.consoleErrors(), page);
            }
            browser.driver().findElement(By.id("zoek-tekst")).sendKeys("2665 ES");
            // the list is made again once typing pauses: wait for the one made for the query
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5)).until(d ->
                    "2665 ES".equals(d.findElement(By.id("zoek-lijst")).getDomAttribute("data-zoekterm")));
            assertTrue(browser.driver().findElement(By.id("zoek-lijst")).getText().contains("De Oosthoek"),
                    "the search works from file://: the policy lets its index and script through");
            assertEquals(List.of(), browser.cspViolations());
        }
    }

    /** Maps become interactive after the page has loaded; wait until every one has. */
    private static void waitForMaps(Browser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("figure.kaart")).size()
                        == d.findElements(By.cssSelector("figure.kaart.kaart-actief .leaflet-container")).size());
    }
}
