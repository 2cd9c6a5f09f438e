package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The shipped atlas (map tiles from PDOK) under its Content-Security-Policy, served over HTTP and opened from
 * {@code file://}: on every kind of page nothing is refused, and nothing is requested from another host than
 * the site's own except the map tiles.
 */
class ContentSecurityPolicyBrowserTest {
    private static final String TILES = "https://service.pdok.nl/";

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(new AtlasPipeline().build(Path.of("."), out).succeeded());
    }

    /** Every page of the top folder, and per folder its index and one other page: each kind of page once. */
    private static List<String> pageTypes() throws IOException {
        Map<String, List<String>> byFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.toString().endsWith(".html")).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .sorted().forEach(p -> byFolder.computeIfAbsent(p.contains("/") ? p.substring(0, p.indexOf('/')) : "",
                            k -> new ArrayList<>()).add(p));
        }
        List<String> pages = new ArrayList<>(byFolder.remove(""));
        byFolder.forEach((folder, inFolder) -> {
            String index = folder + "/index.html";
            if (inFolder.contains(index)) {
                pages.add(index);
            }
            inFolder.stream().filter(p -> !p.equals(index)).findFirst().ifPresent(pages::add);
        });
        return pages;
    }

    @Test
    void overHttpNothingIsRefusedAndOnlyTilesComeFromElsewhere() throws IOException {
        List<String> pages = pageTypes();
        assertTrue(pages.size() > 25, "page types: " + pages);
        boolean tilesRequested = false;
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.openRecordingRequests(1280, 900)) {
            browser.blockMapTiles();
            browser.recordCspViolations();
            String site = server.url("");
            for (String page : pages) {
                browser.driver().get(server.url(page));
                waitForMaps(browser);
                assertEquals(List.of(), browser.cspViolations(), page);
                assertEquals(List.of(), browser.consoleErrors(), page);
                for (String url : browser.requestedUrls()) {
                    if (url.startsWith("chrome:") || url.startsWith("data:")) {
                        continue; // the browser's own start page; an image in the page itself (the policy rules on it)
                    }
                    assertTrue(url.startsWith(site) || url.startsWith(TILES), page + " requested " + url);
                    tilesRequested |= url.startsWith(TILES);
                }
            }
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
        assertTrue(tilesRequested, "the interactive maps asked for their tiles: the policy lets them through");
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
