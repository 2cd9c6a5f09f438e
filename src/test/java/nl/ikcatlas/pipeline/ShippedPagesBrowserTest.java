package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ikcatlas.testing.Axe;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of page of the shipped atlas (map tiles from PDOK), served over HTTP, loaded once at desktop
 * width (1280 px) and once at phone width (375 px), with every check on a whole page made on that one load:
 * nothing is refused by the Content-Security-Policy, the console stays free of errors, nothing is requested
 * from another host than the site's own except the map tiles (blocked, as if unreachable), and axe-core finds
 * no WCAG 2.1 AA violations. The search page is checked once more with results for a query.
 */
@Tag("browser")
class ShippedPagesBrowserTest {
    private static final String TILES = "https://service.pdok.nl/";
    /** One page of every type: home, overviews, records, instrument, every explanation, search lists. */
    private static final List<String> PAGE_TYPES = List.of("index.html", "gebieden/index.html",
            "gebieden/berkel-en-rodenrijs.html", "kindcentra/index.html", "kindcentra/ikc-de-gouden-griffel.html",
            "scholen/index.html", "scholen/de-oosthoek.html", "opvang/index.html", "opvang/skl-dorpsstraat.html",
            "besturen/index.html", "besturen/rvko.html", "houders/index.html", "houders/small-steps.html",
            "instrument.html", "monitor.html", "monitor/gebieden.html", "wijzigingen.html", "rapport.html",
            "downloads.html", "over.html", "wat-is-een-kindcentrum.html", "soorten-opvang.html",
            "kosten-peuteropvang.html", "niveaus.html", "begrippen.html", "toegankelijkheid.html", "privacy.html",
            "zoeken/index.html", "zoeken/peuteropvang.html", "zoeken/vve.html", "zoeken/niveau-hand-in-hand.html");
    /**
     * Colours are the same at every width, so colour contrast is checked at desktop width on every page, and at
     * phone width where the phone's own styles make text smaller or show other elements: the header and menu
     * button of every page (home), the search's filter button, the monitor's tables as cards, the changes
     * summary as cards.
     */
    private static final Set<String> PHONE_CONTRAST = Set.of("index.html", "zoeken/index.html", "monitor.html",
            "monitor/gebieden.html", "wijzigingen.html");
    /** Pages that must fit a phone's screen with one heading, each saved as a screenshot for people to look at. */
    private static final Set<String> PHONE_FIT = Set.of("index.html", "gebieden/berkel-en-rodenrijs.html",
            "kindcentra/ikc-de-gouden-griffel.html", "scholen/de-oosthoek.html", "opvang/index.html",
            "besturen/rvko.html", "houders/small-steps.html", "instrument.html", "over.html", "zoeken/index.html",
            "zoeken/vve.html", "kosten-peuteropvang.html", "soorten-opvang.html", "begrippen.html");
    private static final String QUERY = "zoeken/index.html?q=Bleiswijk";

    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
    }

    @Test
    void atDesktopWidthEveryPageTypeIsCleanAndPassesAxe() throws Exception {
        List<String> problems = new ArrayList<>();
        boolean tilesRequested = false;
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.openRecordingRequests(1280, 900);
                AutoCloseable axe = Axe.inEveryPage(browser)) {
            watch(browser);
            for (String page : pages()) {
                tilesRequested |= load(server, browser, page, problems);
                problems.addAll(Axe.violations(browser.driver(), "1280 px " + page));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(tilesRequested, "the interactive maps asked for their tiles: the policy lets them through");
    }

    @Test
    void atPhoneWidthEveryPageTypeIsCleanFitsAndPassesAxe() throws Exception {
        List<String> problems = new ArrayList<>();
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.openRecordingRequests(375, 812);
                AutoCloseable axe = Axe.inEveryPage(browser)) {
            watch(browser);
            for (String page : pages()) {
                load(server, browser, page, problems);
                problems.addAll(Axe.violations(browser.driver(), "375 px " + page,
                        PHONE_CONTRAST.contains(page) ? List.of() : List.of(Axe.COLOUR_CONTRAST)));
                if (PHONE_FIT.contains(page)) {
                    if (browser.driver().findElements(By.tagName("h1")).size() != 1) {
                        problems.add(page + ": not one h1");
                    }
                    Number overflow = (Number) browser.driver().executeScript(
                            "return document.documentElement.scrollWidth - window.innerWidth;");
                    if (overflow.intValue() > 0) {
                        problems.add(page + " is wider than the screen by " + overflow + " px");
                    }
                    browser.screenshot("phone-" + page.replace('/', '-').replace(".html", ""));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The page types above, then the search page with a query. They must hold every page of the top folder, and
     * per folder its index and at least one other page: each kind of page the build makes.
     */
    private static List<String> pages() throws IOException {
        Map<String, List<String>> byFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.toString().endsWith(".html")).map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .sorted().forEach(p -> byFolder.computeIfAbsent(p.contains("/") ? p.substring(0, p.indexOf('/')) : "",
                            k -> new ArrayList<>()).add(p));
        }
        List<String> missing = new ArrayList<>(byFolder.remove(""));
        byFolder.forEach((folder, inFolder) -> {
            String index = folder + "/index.html";
            if (inFolder.contains(index)) {
                missing.add(index);
            }
            if (inFolder.stream().noneMatch(p -> !p.equals(index) && PAGE_TYPES.contains(p))) {
                missing.add(folder + "/*.html");
            }
        });
        missing.removeAll(PAGE_TYPES);
        assertEquals(List.of(), missing, "kinds of pages missing from PAGE_TYPES");
        List<String> pages = new ArrayList<>(PAGE_TYPES);
        pages.add(QUERY);
        return pages;
    }

    /** Map tiles blocked, as the test machine has no internet; what the policy refuses recorded. */
    private static void watch(Browser browser) {
        browser.blockMapTiles();
        browser.recordCspViolations();
    }

    /**
     * Opens the page, waits until its maps are interactive (or the search's results are those of the query),
     * and adds what the policy refused, console errors and requests to other hosts to {@code problems}; true
     * if the page asked for map tiles.
     */
    private static boolean load(SiteServer server, Browser browser, String page, List<String> problems) {
        browser.driver().get(server.url(page));
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> d.findElements(By.cssSelector("figure.kaart")).size()
                == d.findElements(By.cssSelector("figure.kaart.kaart-actief .leaflet-container")).size());
        if (page.equals(QUERY)) {
            wait.until(d -> "Bleiswijk".equals(d.findElement(By.id("zoek-lijst")).getDomAttribute("data-zoekterm"))
                    && d.findElement(By.id("zoek-aantal")).getText().endsWith("resultaten gevonden."));
        }
        browser.cspViolations().forEach(v -> problems.add(page + ": refused " + v));
        browser.consoleErrors().forEach(e -> problems.add(page + ": console " + e));
        boolean tiles = false;
        String site = server.url("");
        for (String url : browser.requestedUrls()) {
            // the browser's own start page; an image in the page itself (the policy rules on it)
            if (!url.startsWith("chrome:") && !url.startsWith("data:") && !url.startsWith(site) && !url.startsWith(TILES)) {
                problems.add(page + " requested " + url);
            }
            tiles |= url.startsWith(TILES);
        }
        return tiles;
    }
}
