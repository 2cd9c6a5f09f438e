package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ikcatlas.testing.Axe;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 AA of the shipped atlas, checked in a real browser: axe-core on every page type, the
 * search as a parent uses it (typing, from file:// too), and keyboard-only use.
 */
@Tag("browser")
class ShippedAtlasAccessibilityTest {
    /** One page of every type: home, overviews, records, instrument, every explanation, search lists. */
    private static final List<String> PAGE_TYPES = List.of("index.html", "gebieden/index.html",
            "gebieden/berkel-en-rodenrijs.html", "kindcentra/index.html", "kindcentra/ikc-de-gouden-griffel.html",
            "scholen/index.html", "scholen/de-oosthoek.html", "opvang/index.html", "opvang/skl-dorpsstraat.html",
            "besturen/index.html", "besturen/rvko.html", "houders/index.html", "houders/small-steps.html",
            "instrument.html", "monitor.html", "monitor/gebieden.html", "wijzigingen.html", "rapport.html", "downloads.html", "over.html", "wat-is-een-kindcentrum.html", "soorten-opvang.html",
            "kosten-peuteropvang.html", "niveaus.html", "begrippen.html", "toegankelijkheid.html", "privacy.html",
            "zoeken/index.html", "zoeken/peuteropvang.html", "zoeken/vve.html", "zoeken/niveau-hand-in-hand.html");

    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
    }

    /**
     * Both widths at once, the phone's in a second Chromium, as axe's work is done in the browser: on two
     * cores this takes about half the time.
     */
    @Test
    void axeFindsNoViolationsOnEveryPageTypeAtPhoneAndDesktopWidth() throws Exception {
        ExecutorService widths = Executors.newFixedThreadPool(2);
        try (SiteServer server = new SiteServer(out)) {
            Future<List<String>> phone = widths.submit(() -> axeOnEveryPageType(server, Browser.openAnother(375, 900), 375));
            Future<List<String>> desktop = widths.submit(() -> axeOnEveryPageType(server, Browser.open(1280, 900), 1280));
            List<String> violations = new ArrayList<>(phone.get());
            violations.addAll(desktop.get());
            System.out.println("axe-core (" + String.join(", ", Axe.WCAG_21_AA) + "): "
                    + 2 * (PAGE_TYPES.size() + 1) + " page views, " + violations.size() + " violations");
            assertEquals(List.of(), violations);
        } finally {
            widths.shutdownNow();
        }
    }

    /** axe on every page type and on the search page with results, in {@code browser}, which is closed after. */
    private static List<String> axeOnEveryPageType(SiteServer server, Browser browser, int pixels) {
        try (browser) {
            String width = pixels + " px ";
            List<String> violations = new ArrayList<>();
            for (String page : PAGE_TYPES) {
                browser.driver().get(server.url(page));
                violations.addAll(Axe.violations(browser.driver(), width + page));
            }
            browser.driver().get(server.url("zoeken/index.html"));
            type(browser.driver(), "Bleiswijk");
            waitForCount(browser.driver(), "resultaten gevonden.");
            violations.addAll(Axe.violations(browser.driver(), width + "zoeken/index.html with a query"));
            return violations;
        }
    }

    @Test
    void searchFindsASchoolByItsPostcodeWithAndWithoutTheSpace() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(375, 812)) {
            WebDriver driver = browser.driver();
            for (String url : List.of(server.url("zoeken/index.html"),
                    out.resolve("zoeken/index.html").toUri().toString())) {
                for (String postcode : List.of("2665 ES", "2665ES", "2665 es", "2665")) {
                    driver.get(url);
                    type(driver, postcode);
                    waitForCount(driver, "gevonden.");
                    List<String> found = titles(driver);
                    assertTrue(found.contains("De Oosthoek"), url + " " + postcode + ": " + found);
                }
                driver.get(url);
                type(driver, "2665 ES");
                waitForCount(driver, "resultaten gevonden.");
                // a whole postcode ranks by distance: the places at that postcode come first
                assertEquals(Set.of("Kindcentrum De Oosthoek", "De Oosthoek", "SKPR IJsvogellaan",
                        "Small Steps De Oosthoek"), Set.copyOf(titles(driver).subList(0, 4)));
                assertEquals("polite", driver.findElement(By.id("zoek-aantal")).getAttribute("aria-live"));
                assertEquals(List.of(), browser.consoleErrors(), url);
            }
        }
    }

    @Test
    void theHomePageSearchFieldOpensTheSearchWithTheQuery() {
        try (Browser browser = Browser.open(375, 812)) {
            WebDriver driver = browser.driver();
            driver.get(out.resolve("index.html").toUri().toString());
            WebElement field = driver.findElement(By.id("home-zoek"));
            field.sendKeys("2665ES");
            field.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("zoeken/index.html?q=2665ES"));
            waitForCount(driver, "resultaten gevonden.");
            assertTrue(titles(driver).contains("De Oosthoek"), titles(driver).toString());
        }
    }

    @Test
    void theFiltersNarrowTheResults() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(server.url("zoeken/index.html"));
            type(driver, "Bleiswijk");
            waitForCount(driver, "resultaten gevonden.");
            int all = titles(driver).size();
            driver.findElement(By.id("zoek-vve")).click();
            List<String> withVve = titles(driver);
            assertTrue(withVve.size() < all && !withVve.isEmpty(), all + " -> " + withVve);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("zoek-soort"))).selectByValue("school");
            assertEquals(List.of(), titles(driver), "schools never offer VVE themselves");
            assertEquals("Niets gevonden. Probeer een ander woord of minder filters.",
                    driver.findElement(By.id("zoek-aantal")).getText());
        }
    }

    @Test
    void theKeyboardAloneReachesEveryLinkAndFilter() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver();
            for (String page : List.of("index.html", "zoeken/index.html", "kindcentra/ikc-de-gouden-griffel.html",
                    "opvang/skl-dorpsstraat.html", "kosten-peuteropvang.html")) {
                driver.get(server.url(page));
                long focusable = (Long) browser.driver().executeScript(FOCUSABLE + "return all.length;");
                Set<Long> reached = new TreeSet<>();
                WebElement body = driver.findElement(By.tagName("body"));
                body.sendKeys(Keys.TAB);
                // other focusable things (the interactive map and its markers, the summaries of folded parts)
                // take Tab presses too
                long others = (Long) browser.driver().executeScript(
                        "return document.querySelectorAll('[tabindex]:not([tabindex=\"-1\"]), summary').length;");
                for (int i = 0; i < focusable + others + 3 && reached.size() <= focusable; i++) {
                    Long at = (Long) browser.driver().executeScript(FOCUSABLE
                            + "return all.indexOf(document.activeElement);");
                    reached.add(at);
                    driver.switchTo().activeElement().sendKeys(Keys.TAB);
                }
                reached.remove(-1L);
                assertEquals(focusable, reached.size(), page + ": reached " + reached.size() + " of " + focusable);
            }
            // A filter works from the keyboard: Space ticks the VVE box and the results follow.
            driver.get(server.url("zoeken/index.html"));
            waitForCount(driver, "resultaten gevonden.");
            String before = driver.findElement(By.id("zoek-aantal")).getText();
            driver.findElement(By.id("zoek-vve")).sendKeys(Keys.SPACE);
            String after = driver.findElement(By.id("zoek-aantal")).getText();
            assertTrue(!after.equals(before) && after.endsWith("resultaten gevonden."), before + " -> " + after);
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopAndTheFocusIsAlwaysVisible() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(375, 812)) {
            WebDriver driver = browser.driver();
            driver.get(server.url("scholen/de-oosthoek.html"));
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = driver.switchTo().activeElement();
            assertEquals("Direct naar de inhoud", skip.getText());
            assertTrue(skip.isDisplayed());
            assertEquals("rgba(255, 191, 71, 1)", skip.getCssValue("background-color"));
            skip.sendKeys(Keys.ENTER);
            assertEquals("inhoud", driver.switchTo().activeElement().getAttribute("id"));
            // Every next stop shows a thick outline: links, and on the search page the fields.
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement link = driver.switchTo().activeElement();
            assertEquals("a", link.getTagName());
            assertEquals("solid", link.getCssValue("outline-style"));
            assertEquals("3px", link.getCssValue("outline-width"));
            driver.get(server.url("zoeken/index.html"));
            WebElement field = driver.findElement(By.id("zoek-tekst"));
            field.sendKeys("");
            driver.findElement(By.id("zoek-filters-knop")).click();
            for (int i = 0; i < 10 && !"zoek-soort".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
                driver.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            WebElement select = driver.switchTo().activeElement();
            assertEquals("zoek-soort", select.getAttribute("id"));
            assertEquals("solid", select.getCssValue("outline-style"));
        }
    }

    /** Every element a keyboard user must be able to reach, in document order, as {@code all}. */
    private static final String FOCUSABLE = "var all = Array.from(document.querySelectorAll("
            + "'a[href], input:not([type=hidden]), select, textarea, button')).filter(function (e) {"
            // checkVisibility also leaves out the content of a closed <details>, which Tab skips
            + " return e.checkVisibility() || e.classList.contains('skip-link'); });";

    private static void type(WebDriver driver, String text) {
        WebElement input = new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> {
                    WebElement e = d.findElement(By.id("zoek-tekst"));
                    return e.isDisplayed() ? e : null;
                });
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the results shown are those for what is in the search field, and the count ends with {@code ending}. */
    private static void waitForCount(WebDriver driver, String ending) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            String typed = d.findElement(By.id("zoek-tekst")).getAttribute("value");
            WebElement list = d.findElement(By.id("zoek-lijst"));
            return typed.equals(list.getAttribute("data-zoekterm"))
                    && d.findElement(By.id("zoek-aantal")).getText().endsWith(ending);
        });
    }

    private static List<String> titles(WebDriver driver) {
        return driver.findElements(By.cssSelector("#zoek-lijst .card-title")).stream().map(WebElement::getText)
                .toList();
    }
}
