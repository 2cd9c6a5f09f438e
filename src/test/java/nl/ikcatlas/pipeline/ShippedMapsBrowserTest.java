package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The maps of the shipped atlas in headless Chromium, with the tile servers blocked as if they were
 * unreachable: markers, outlines and the list must still work.
 */
@Tag("browser")
class ShippedMapsBrowserTest {
    private static final List<String> TILE_HOSTS = List.of("*service.pdok.nl*", "*tile.openstreetmap.org*");

    static Path out;
    /** The schools, childcare locations and kindcentra open on the edition date: the maps show these. */
    static long places;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
        Atlas atlas = ShippedSite.get().atlas();
        LocalDate edition = atlas.settings().edition();
        places = atlas.schools().stream().filter(s -> s.history().openOn(edition)).count()
                + atlas.childcareLocations().stream().filter(c -> c.history().openOn(edition)).count()
                + atlas.kindcentra().stream().filter(k -> k.history().openOn(edition)).count();
    }

    private static void blockTiles(Browser browser) {
        browser.blockRequests(TILE_HOSTS);
    }

    private static void waitForMap(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("figure.kaart[data-kaart-klaar]")).isEmpty());
    }

    /** Console errors; the blocked tiles are left out by the browser helper. */
    private static List<String> errors(Browser browser) {
        return browser.consoleErrors();
    }

    @Test
    void overviewMapStartsWithEveryPlaceAsMarkerOrInAClusterWithTilesBlocked() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            blockTiles(browser);
            browser.driver().get(server.url("index.html"));
            waitForMap(browser);
            int single = browser.driver().findElements(By.cssSelector(".kaart-interactief .kaart-pin")).size();
            int clustered = 0;
            for (WebElement cluster : browser.driver().findElements(By.cssSelector(".kaart-interactief .marker-cluster span"))) {
                clustered += Integer.parseInt(cluster.getText().trim());
            }
            assertEquals(places, single + clustered, single + " markers and " + clustered + " in clusters");
            assertTrue(browser.driver().findElements(By.cssSelector(".kaart-interactief path.kaart-gebied")).size() >= 3);
            assertEquals(places, (long) browser.driver().findElements(By.cssSelector(".kaart-lijst li")).size());
            assertEquals(List.of(), errors(browser));
            browser.screenshot("map-desktop-home");
        }
    }

    @Test
    void aClosedPlaceIsAGreyMarkerThatSaysSoOnlyOnItsOwnPage() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            blockTiles(browser);
            browser.driver().get(server.url("opvang/kleinschalige-opvang-bergschenhoek.html"));
            waitForMap(browser);
            String label = "Opvang: Kleinschalige kinderopvang Bergschenhoek (gesloten sinds 31 juli 2025)";
            WebElement marker = browser.driver().findElement(By.cssSelector(
                    ".kaart-interactief .kaart-pin-dicht.kaart-pin-hier[aria-label='" + label + "']"));
            marker.click();
            WebElement popup = browser.shown(By.cssSelector(".leaflet-popup-content"));
            assertTrue(popup.getText().endsWith("(gesloten sinds 31 juli 2025)"), popup.getText());
            assertEquals(1, browser.driver().findElements(By.cssSelector(".kaart-interactief .kaart-pin-dicht")).size());
            assertEquals(List.of(), errors(browser));
        }
    }

    @Test
    void markerClickOpensAPopupWhoseLinkLeadsToThePlacesPage() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            blockTiles(browser);
            browser.driver().get(server.url("scholen/de-oosthoek.html"));
            waitForMap(browser);
            WebElement marker = browser.driver().findElement(
                    By.cssSelector(".kaart-interactief .kaart-pin[aria-label='Opvang: SKPR IJsvogellaan']"));
            marker.click();
            WebElement link = browser.shown(By.cssSelector(".leaflet-popup-content a"));
            assertEquals("SKPR IJsvogellaan", link.getText());
            browser.screenshot("map-desktop-school-popup");
            link.click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/opvang/skpr-ijsvogellaan.html"),
                    browser.driver().getCurrentUrl());
            assertEquals("SKPR IJsvogellaan", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of(), errors(browser));
        }
    }

    @Test
    void markersAreReachableWithTheKeyboard() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            blockTiles(browser);
            browser.driver().get(server.url("gebieden/bleiswijk.html"));
            waitForMap(browser);
            WebElement marker = browser.driver().findElements(By.cssSelector(".kaart-interactief .kaart-pin")).get(0);
            assertEquals("0", marker.getAttribute("tabindex"));
            assertTrue(marker.getAttribute("aria-label").contains(": "), marker.getAttribute("aria-label"));
            marker.sendKeys(org.openqa.selenium.Keys.ENTER);
            WebElement link = browser.shown(By.cssSelector(".leaflet-popup-content a"));
            assertTrue(marker.getAttribute("aria-label").endsWith(": " + link.getText()), link.getText());
        }
    }

    @Test
    void staticMapWorksOnAPhoneWhenTheMapScriptCannotRun() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(375, 812)) {
            // blocking the map's scripts leaves the page as it is without JavaScript
            browser.blockRequests(List.of("*/kaart/*.js"));
            browser.driver().get(server.url("kindcentra/kindcentrum-de-oosthoek.html"));
            WebElement svg = browser.driver().findElement(By.cssSelector("svg.kaart-svg"));
            assertTrue(svg.isDisplayed());
            assertTrue(svg.getSize().getWidth() <= 375);
            browser.driver().executeScript("arguments[0].scrollIntoView()", svg);
            browser.screenshot("map-phone-kindcentrum-static");
            WebElement own = browser.driver().findElement(By.cssSelector("a.kaart-punt-hier"));
            assertEquals("Kindcentrum: Kindcentrum De Oosthoek", own.getAttribute("aria-label"));
            WebElement school = browser.driver().findElement(By.cssSelector("svg a[aria-label='School: De Oosthoek']"));
            browser.driver().executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", school);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                    d.getCurrentUrl().endsWith("/scholen/de-oosthoek.html"));
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "wider than the screen by " + overflow);
        }
    }

    /**
     * Every area and place page carries the data of a working interactive map (its places in the SVG's markers)
     * and the map's scripts (read from the built files); the map script makes the same map of any such data, so
     * the browser opens the first page of each folder.
     */
    @Test
    void everyAreaAndPlacePageGetsAWorkingInteractiveMap() throws IOException {
        List<String> pages = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        for (String dir : List.of("gebieden", "kindcentra", "scholen", "opvang")) {
            try (var files = Files.list(out.resolve(dir))) {
                List<String> inDir = files.map(p -> dir + "/" + p.getFileName()).filter(p -> !p.endsWith("/index.html"))
                        .sorted().toList();
                pages.addAll(inDir);
                sample.add(inDir.get(0));
            }
        }
        Atlas atlas = ShippedSite.get().atlas();
        assertEquals(atlas.areas().size() + atlas.kindcentra().size() + atlas.schools().size()
                + atlas.childcareLocations().size(), pages.size());
        ObjectMapper json = new ObjectMapper();
        for (String page : pages) {
            Path file = out.resolve(page);
            Document html = Jsoup.parse(file.toFile(), "UTF-8");
            Elements maps = html.select("figure.kaart[data-kaart]");
            assertEquals(1, maps.size(), page);
            JsonNode data = json.readTree(maps.get(0).attr("data-kaart"));
            // the script reads the places from the SVG's markers, with their coordinates
            Elements places = maps.get(0).select("svg a.kaart-punt[data-lat]");
            assertTrue(places.size() + data.path("areaCounts").size() > 0, page + ": no markers");
            for (var place : places) {
                assertTrue(place.attr("data-lat").matches("-?\\d+(\\.\\d+)?") && place.attr("data-lon").matches("-?\\d+(\\.\\d+)?")
                        && Files.isRegularFile(file.resolveSibling(place.attr("href"))), page + ": " + place);
            }
            JsonNode bounds = data.path("bounds");
            assertTrue(bounds.size() == 2 && bounds.get(0).size() == 2 && bounds.get(1).get(1).isNumber(), page + ": " + bounds);
            List<String> scripts = html.select("script[src]").eachAttr("src");
            for (String script : List.of("leaflet.js", "leaflet.markercluster.js", "kaart.js")) {
                String src = "../kaart/" + script;
                assertTrue(scripts.contains(src) && Files.isRegularFile(file.resolveSibling(src)), page + ": " + scripts);
            }
        }
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            blockTiles(browser);
            for (String page : sample) {
                browser.driver().get(server.url(page));
                waitForMap(browser);
                assertTrue(browser.driver().findElement(By.cssSelector(".kaart-interactief")).isDisplayed(), page);
                assertTrue(!browser.driver().findElements(By.cssSelector(".kaart-interactief .kaart-pin, .kaart-interactief .marker-cluster")).isEmpty(),
                        page);
                assertEquals(List.of(), errors(browser), page);
            }
        }
    }

    @Test
    void staticMapSetsApartPlacesInOneBuilding() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            browser.blockRequests(List.of("*/kaart/*.js"));
            browser.driver().get(server.url("opvang/blos-vuurvogel.html"));
            WebElement svg = browser.driver().findElement(By.cssSelector("svg.kaart-svg"));
            browser.driver().executeScript("arguments[0].scrollIntoView()", svg);
            browser.screenshot("map-desktop-childcare-static");
            // BLOS Vuurvogel, OBS Vuurvogel and Basisschool Boterdorp share De Zilverspar 14
            List<String> spots = browser.driver().findElements(By.cssSelector("svg a.kaart-punt use")).stream()
                    .map(u -> u.getAttribute("x") + "," + u.getAttribute("y")).toList();
            assertEquals(spots.size(), spots.stream().distinct().count(), spots.toString());
        }
    }

    @Test
    void phoneScreenshotsOfTheInteractiveMaps() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(375, 812)) {
            blockTiles(browser);
            for (String page : List.of("index.html", "gebieden/berkel-en-rodenrijs.html", "opvang/blos-vuurvogel.html")) {
                browser.driver().get(server.url(page));
                waitForMap(browser);
                Number overflow = (Number) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow.intValue() <= 0, page + " is wider than the screen by " + overflow);
                browser.driver().executeScript("document.querySelector('figure.kaart').scrollIntoView()");
                browser.screenshot("map-phone-" + page.replace('/', '-').replace(".html", ""));
                assertEquals(List.of(), errors(browser), page);
            }
        }
    }
}
