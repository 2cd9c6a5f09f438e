package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.testing.Axe;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteServer;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A map above the limit in headless Chromium: the areas with their counts, interactive and static. */
@Tag("browser")
class OverviewMapBrowserTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(TinySite.valid().with("""
                -- data/areas/zuid.yaml --
                id: zuid
                name: Zuid
                kind: wijk
                cbs_code: WK162102
                parent: dorp
                source: duo
                -- data/childcare/zuid.yaml --
                id: zuid
                name: Opvang Het Zuiden
                holder: houder
                care_types: [bso]
                vve: false
                address: Zuidstraat 5
                postcode: 2651 AC
                place: Dorp
                coordinates: {lat: 51.99, lon: 4.52}
                area: zuid
                source: voorbeeld
                """), dir, new AtlasPipeline(2));
    }

    @Test
    void interactiveMapShowsOneMarkerPerAreaWhosePopupLeadsToTheAreaPage() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.blockMapTiles();
            browser.driver().get(server.url("gebieden/dorp.html"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    !d.findElements(By.cssSelector("figure.kaart[data-kaart-klaar]")).isEmpty());
            List<WebElement> markers = browser.driver().findElements(By.cssSelector(".kaart-interactief .kaart-pin-gebied"));
            assertEquals(List.of("3", "1"), markers.stream().map(WebElement::getText).toList());
            assertEquals(0, browser.driver().findElements(By.cssSelector(".kaart-interactief .kaart-pin-vorm")).size());
            // the outlines, read from the SVG: the area's own one marked, as in the picture
            assertEquals(browser.driver().findElements(By.cssSelector(".kaart-beeld path.kaart-gebied")).size(),
                    browser.driver().findElements(By.cssSelector(".kaart-interactief path.kaart-gebied")).size());
            assertEquals(browser.driver().findElements(By.cssSelector(".kaart-beeld path.kaart-gebied-hier")).size(),
                    browser.driver().findElements(By.cssSelector(".kaart-interactief path.kaart-gebied-hier")).size());
            WebElement noord = markers.get(0);
            assertEquals("Noord: 1 kindcentrum, 1 school en 1 opvanglocatie", noord.getAttribute("aria-label"));
            assertEquals("0", noord.getAttribute("tabindex"));
            noord.sendKeys(org.openqa.selenium.Keys.ENTER);
            WebElement link = browser.shown(By.cssSelector(".leaflet-popup-content a"));
            assertEquals("Noord", link.getText());
            browser.screenshot("map-desktop-area-overview");
            link.click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/gebieden/noord.html"), browser.driver().getCurrentUrl());
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void staticOverviewOnAPhoneLinksEachAreaAndPassesAxe() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(375, 812)) {
            browser.blockRequests(List.of("*/kaart/*.js"));
            browser.driver().get(server.url("index.html"));
            WebElement svg = browser.driver().findElement(By.cssSelector("svg.kaart-svg"));
            browser.driver().executeScript("arguments[0].scrollIntoView()", svg);
            browser.screenshot("map-phone-home-overview-static");
            WebElement dorp = browser.driver().findElement(By.cssSelector("svg a.kaart-punt-gebied"));
            assertEquals("Dorp: 1 kindcentrum, 1 school en 2 opvanglocaties", dorp.getAttribute("aria-label"));
            assertEquals(List.of(), Axe.violations(browser.driver(), "index.html"));
            browser.driver().executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", dorp);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                    d.getCurrentUrl().endsWith("/gebieden/dorp.html"));
        }
    }
}
