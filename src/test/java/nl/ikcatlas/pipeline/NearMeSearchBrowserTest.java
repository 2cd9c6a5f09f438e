package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page of the shipped atlas as a parent on a phone uses it: near a postcode or the browser's
 * location, with the words parents type for kinds of care, with a typo, and with the filters folded away.
 */
@Tag("browser")
class NearMeSearchBrowserTest {
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    /** How often a wait looks again: the search answers 250 ms after the last key, and is waited for often. */
    private static final Duration POLL = Duration.ofMillis(50);

    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
    }

    @Test
    void aPostcodeWithCareTypeAndVveListsTheNearestMatchingPlaceFirstWithItsDistance() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(PHONE_WIDTH, PHONE_HEIGHT);
                PhoneScreen screen = new PhoneScreen(browser)) {
            WebDriver driver = browser.driver();
            driver.get(server.url("zoeken/index.html"));
            search(driver, "peuteropvang", "2661");
            driver.findElement(By.id("zoek-filters-knop")).click();
            driver.findElement(By.id("zoek-vve")).click();
            List<String> titles = titles(driver);
            List<String> distances = distances(driver);
            // the kindcentrum lies between its school and its peuteropvang, SKL Oudeland
            assertEquals(List.of("Kindcentrum Oudeland", "SKL Oudeland", "Kindcentrum Zuiderpark", "Small Steps Zuiderpark"),
                    titles.subList(0, 4), titles + " " + distances);
            driver.findElement(By.id("zoek-filters-knop")).click();
            assertEquals(List.of("1,0 km", "1,0 km", "1,4 km", "1,4 km"),
                    distances.subList(0, 4), titles + " " + distances);
            assertEquals(titles.size(), distances.size());
            assertAscending(distances);
            assertEquals("Dichtstbij eerst, vanaf postcode 2661.",
                    text(driver, "zoek-plek"));
            browser.screenshot("search-near-2661-phone");

            search(driver, "peuteropvang", "2662 ad");
            assertEquals(java.util.Set.of("Small Steps Zuiderpark", "Kindcentrum Zuiderpark"),
                    java.util.Set.copyOf(titles(driver).subList(0, 2)), "at the exact postcode of the place");
            assertEquals(List.of("minder dan 100 m", "minder dan 100 m"), distances(driver).subList(0, 2));
            search(driver, "peuteropvang", "2662xy");
            assertEquals("De atlas kent postcode 2662 XY niet. Dichtstbij eerst, vanaf het midden van postcode 2662.", text(driver, "zoek-plek"));
            search(driver, "peuteropvang", "9999");
            assertEquals("De atlas kent postcode 9999 niet. Daarom staan de resultaten niet op afstand. Probeer een"
                    + " postcode in de buurt, of gebruik uw locatie.", text(driver, "zoek-plek"));
            assertFalse(titles(driver).isEmpty(), "an unknown postcode still shows what matches");
            assertEquals(List.of(), distances(driver));
            search(driver, "peuteropvang", "26");
            assertEquals("Typ een postcode als 1234 of 1234 AB.", text(driver, "zoek-plek"));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void theLocationIsAskedOnlyOnTheTapAndRanksByDistanceFromIt() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            FakeGeolocation fake = new FakeGeolocation(browser);
            try {
                WebDriver driver = browser.driver();
                driver.get(server.url("zoeken/index.html"));
                search(driver, "", "");
                assertEquals(0L, ((Number) browser.driver().executeScript("return window.geoAsked;")).longValue());
                driver.findElement(By.id("zoek-locatie")).click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> text(d, "zoek-plek").contains("uw locatie"));
                assertEquals(1L, ((Number) browser.driver().executeScript("return window.geoAsked;")).longValue());
                assertEquals("Dichtstbij eerst, vanaf uw locatie.",
                        text(driver, "zoek-plek"));
                // the fake stands at the door of De Oosthoek: the school, its childcare and their kindcentrum
                assertEquals(java.util.Set.of("Small Steps De Oosthoek", "Kindcentrum De Oosthoek", "De Oosthoek"),
                        java.util.Set.copyOf(titles(driver).subList(0, 3)), titles(driver).toString());
                assertEquals(List.of("minder dan 100 m", "minder dan 100 m", "minder dan 100 m",
                        "120 m"), distances(driver).subList(0, 4));
                assertAscending(distances(driver));
                browser.screenshot("search-near-location-desktop");
                assertEquals(List.of(), browser.consoleErrors());
            } finally {
                fake.remove();
            }
        }
    }

    @Test
    void theWordsParentsTypeFindWhatTheyMean() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(server.url("zoeken/index.html"));
            Map<String, String> careWords = new java.util.LinkedHashMap<>();
            for (String w : List.of("dagopvang", "kdv", "KDV", "kinderdagverblijf")) {
                careWords.put(w, "e.care.indexOf('kdv') >= 0");
            }
            for (String w : List.of("peuteropvang", "Peuteropvang", "psz", "peuteropvnag")) {
                careWords.put(w, "e.care.indexOf('peuteropvang') >= 0");
            }
            for (String w : List.of("bso", "BSO", "buitenschoolse opvang", "na school")) {
                careWords.put(w, "e.care.indexOf('bso') >= 0");
            }
            for (String w : List.of("tso", "tussen de middag")) {
                careWords.put(w, "e.care.indexOf('tso') >= 0");
            }
            careWords.put("VVE", "e.vve");
            careWords.put("vve", "e.vve");
            careWords.put("peuteropvang met VVE", "e.vve && e.care.indexOf('peuteropvang') >= 0");
            careWords.put("Bergschenhoek", "e.areas.indexOf('bergschenhoek') >= 0");
            careWords.put("Berghschenhoek", "e.areas.indexOf('bergschenhoek') >= 0");
            careWords.put("bso in Bleiswjik", "e.care.indexOf('bso') >= 0 && e.areas.indexOf('bleiswijk') >= 0");
            for (Map.Entry<String, String> word : careWords.entrySet()) {
                search(driver, word.getKey(), "");
                List<String> expected = expected(driver, word.getValue());
                assertFalse(expected.isEmpty(), word.getKey());
                assertEquals(expected, titles(driver), word.getKey());
            }
            // a street and a name with one letter wrong; a short word must be right
            search(driver, "Oosthoke", "");
            assertTrue(titles(driver).contains("De Oosthoek"), titles(driver).toString());
            search(driver, "IJsvogelaan", "");
            assertTrue(titles(driver).contains("De Oosthoek"), titles(driver).toString());
            search(driver, "bzo", "");
            assertEquals(List.of(), titles(driver));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void onAPhoneTheFiltersFoldBehindAButtonThatCountsThemAndTheResultsComeFirst() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(PHONE_WIDTH, PHONE_HEIGHT);
                PhoneScreen screen = new PhoneScreen(browser)) {
            WebDriver driver = browser.driver();
            driver.get(server.url("zoeken/index.html"));
            search(driver, "", "");
            WebElement button = driver.findElement(By.id("zoek-filters-knop"));
            WebElement filters = driver.findElement(By.id("zoek-filters"));
            assertEquals("Filters", button.getText());
            assertEquals("false", button.getDomAttribute("aria-expanded"));
            assertFalse(filters.isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("#zoek-lijst .card")).getLocation().getY() < PHONE_HEIGHT,
                    "the first result is on the first screen");
            button.click();
            assertEquals("true", button.getDomAttribute("aria-expanded"));
            assertTrue(filters.isDisplayed());
            driver.findElement(By.id("zoek-vve")).click();
            new Select(driver.findElement(By.id("zoek-soort"))).selectByValue("opvang");
            assertEquals("Filters (2 gekozen)", button.getText());
            browser.screenshot("search-filters-open-phone");
            button.sendKeys(Keys.ENTER);
            assertFalse(filters.isDisplayed());
            assertEquals("Filters (2 gekozen)", button.getText());
        }
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("zoeken/index.html"));
            search(browser.driver(), "", "");
            assertFalse(browser.driver().findElement(By.id("zoek-filters-knop")).isDisplayed());
            assertTrue(browser.driver().findElement(By.id("zoek-filters")).isDisplayed());
            browser.screenshot("search-desktop");
        }
    }

    @Test
    void fromTheHomePageSearchBoxTheFirstResultIsVisibleWithoutScrolling() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(PHONE_WIDTH, PHONE_HEIGHT);
                PhoneScreen screen = new PhoneScreen(browser)) {
            WebDriver driver = browser.driver();
            driver.get(server.url("index.html"));
            WebElement field = driver.findElement(By.id("home-zoek"));
            field.sendKeys("2661 peuteropvang VVE");
            field.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("zoeken/index.html?q="));
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "2661 peuteropvang VVE".equals(
                    d.findElement(By.id("zoek-lijst")).getDomAttribute("data-zoekterm")));
            assertEquals("Kindcentrum Oudeland", titles(driver).get(0));
            assertEquals("1,0 km", distances(driver).get(0));
            Number bottom = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('#zoek-lijst .card').getBoundingClientRect().bottom;");
            Number scrolled = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.scrollY;");
            Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerHeight;");
            assertEquals(0, scrolled.intValue());
            assertEquals(PHONE_HEIGHT, height.intValue());
            assertTrue(bottom.doubleValue() <= height.doubleValue(),
                    "the first result ends at " + bottom + " px, the screen at " + height + " px");
            browser.screenshot("search-from-home-phone");
        }
    }

    /**
     * The page as a phone of 390 x 844 CSS pixels shows it (a desktop window keeps part of its height for
     * itself); set back when the test hands the browser back.
     */
    private static final class PhoneScreen implements AutoCloseable {
        private final Browser browser;

        PhoneScreen(Browser browser) {
            this.browser = browser;
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                    "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        }

        @Override
        public void close() {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A geolocation that stands at De Oosthoek and counts how often it is asked, in every page from now on. */
    private static final class FakeGeolocation {
        private final Browser browser;
        private final String id;

        FakeGeolocation(Browser browser) {
            this.browser = browser;
            Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", "window.geoAsked = 0; Object.defineProperty(navigator, 'geolocation', {value: {"
                            + " getCurrentPosition: function (ok) { window.geoAsked++;"
                            + " setTimeout(function () { ok({coords: {latitude: 52.0146, longitude: 4.5418}}); }, 10); } }});"));
            this.id = String.valueOf(added.get("identifier"));
        }

        void remove() {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
    }

    /** Types the query and the postcode and waits until the results are those for both. */
    private static void search(WebDriver driver, String query, String postcode) {
        WebElement q = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            WebElement e = d.findElement(By.id("zoek-tekst"));
            return e.isDisplayed() ? e : null;
        });
        q.clear();
        q.sendKeys(query);
        WebElement pc = driver.findElement(By.id("zoek-postcode"));
        pc.clear();
        pc.sendKeys(postcode);
        new WebDriverWait(driver, Duration.ofSeconds(5), POLL).until(d -> {
            WebElement list = d.findElement(By.id("zoek-lijst"));
            return query.equals(list.getDomAttribute("data-zoekterm")) && postcode.equals(list.getDomAttribute("data-postcode"));
        });
    }

    /** The names, in index order, of the places for which the script condition on {@code e} holds. */
    @SuppressWarnings("unchecked")
    private static List<String> expected(WebDriver driver, String condition) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return window.IKC_ZOEKINDEX.filter(function (e) { return " + condition + "; })"
                        + ".map(function (e) { return e.name; });");
    }

    private static String text(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static List<String> titles(WebDriver driver) {
        return Browser.texts(driver, "#zoek-lijst .card-title");
    }

    private static List<String> distances(WebDriver driver) {
        return Browser.texts(driver, "#zoek-lijst .card-distance");
    }

    /** "650 m", "1,2 km", ... in metres, each no smaller than the one before. */
    private static void assertAscending(List<String> distances) {
        List<Double> metres = new ArrayList<>();
        for (String d : distances) {
            String number = d.replace("", "").replace("minder dan 100 m", "0 m").replace(",", ".");
            metres.add(number.endsWith(" km") ? Double.parseDouble(number.replace(" km", "")) * 1000
                    : Double.parseDouble(number.replace(" m", "")));
        }
        for (int i = 1; i < metres.size(); i++) {
            assertTrue(metres.get(i) >= metres.get(i - 1), distances.toString());
        }
    }
}
