package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped atlas as people who do not use a mouse, or a screen, use it, in a real browser: the search as a
 * parent types (from file:// too), and keyboard-only use. axe-core's checks of every page type are in
 * {@link ShippedPagesBrowserTest}.
 */
@Tag("browser")
class ShippedAtlasAccessibilityTest {
    /** How often a wait looks again: the search answers 250 ms after the last key, and is waited for often. */
    private static final Duration POLL = Duration.ofMillis(50);
    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
    }

    @Test
    void searchFindsASchoolByItsPostcodeWithAndWithoutTheSpace() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(375, 812)) {
            WebDriver driver = browser.driver();
            for (String url : List.of(server.url("zoeken/index.html"),
                    out.resolve("zoeken/index.html").toUri().toString())) {
                driver.get(url);
                for (String postcode : List.of("2665 ES", "2665ES", "2665 es", "2665")) {
                    type(driver, postcode);
                    waitForCount(driver, "gevonden.");
                    List<String> found = titles(driver);
                    assertTrue(found.contains("De Oosthoek"), url + " " + postcode + ": " + found);
                }
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
                // other focusable things (the interactive map and its markers, the summaries of folded parts)
                // take Tab presses too
                long others = (Long) browser.driver().executeScript(
                        "return document.querySelectorAll('[tabindex]:not([tabindex=\"-1\"]), summary').length;");
                // the page notes where each Tab press lands; the presses go in one go
                browser.driver().executeScript("window.reached = []; document.addEventListener('focusin', function () {"
                        + FOCUSABLE + " window.reached.push(all.indexOf(document.activeElement)); });");
                driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
                Actions tabs = new Actions(driver);
                for (long i = 0; i < focusable + others + 2; i++) {
                    tabs.sendKeys(Keys.TAB);
                }
                tabs.perform();
                Set<Long> reached = new TreeSet<>();
                for (Object at : (List<?>) browser.driver().executeScript("return window.reached;")) {
                    reached.add(((Number) at).longValue());
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
        new WebDriverWait(driver, Duration.ofSeconds(5), POLL).until(d -> {
            String typed = d.findElement(By.id("zoek-tekst")).getAttribute("value");
            WebElement list = d.findElement(By.id("zoek-lijst"));
            return typed.equals(list.getAttribute("data-zoekterm"))
                    && d.findElement(By.id("zoek-aantal")).getText().endsWith(ending);
        });
    }

    private static List<String> titles(WebDriver driver) {
        return Browser.texts(driver, "#zoek-lijst .card-title");
    }
}
