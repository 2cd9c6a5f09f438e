package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.Axe;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The monitor's table in headless Chromium: sort buttons, filters with their spoken count, and a phone screen. */
@Tag("browser")
class MonitorTableBrowserTest {
    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void build() {
        site = MonitorSite.build(dir);
    }

    /** The names in the visible rows, top to bottom. */
    private static List<String> visibleNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#monitor-tabel tbody th[scope=row]")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    /** WCAG 2.1 AA problems that axe-core finds on the page as the script left it. */
    private static List<String> axeViolations(Browser browser) {
        return Axe.violations(browser.driver(), "monitor.html");
    }

    private static WebElement heading(Browser browser, String label) {
        return browser.driver().findElement(By.xpath("//table[@id='monitor-tabel']/thead//th[normalize-space(.)='"
                + label + "']"));
    }

    @Test
    void sortButtonsOrderTheRowsAndSayHow() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("monitor.html"));
            assertEquals(List.of("Berk", "Kindcentrum De School", "Akker"), visibleNames(browser));
            assertEquals(6, browser.driver().findElements(By.cssSelector("#monitor-tabel thead th > button.sort")).size());
            WebElement visie = heading(browser, "Visie");
            visie.findElement(By.tagName("button")).click();
            assertEquals("ascending", visie.getDomAttribute("aria-sort"));
            assertNull(heading(browser, "Gebied").getDomAttribute("aria-sort"));
            // by level number, not measured last
            assertEquals(List.of("Akker", "Kindcentrum De School", "Berk"), visibleNames(browser));
            visie.findElement(By.tagName("button")).click();
            assertEquals("descending", visie.getDomAttribute("aria-sort"));
            assertEquals(List.of("Kindcentrum De School", "Akker", "Berk"), visibleNames(browser));
            WebElement name = heading(browser, "Kindcentrum");
            name.findElement(By.tagName("button")).click();
            assertEquals("ascending", name.getDomAttribute("aria-sort"));
            assertEquals(List.of("Akker", "Berk", "Kindcentrum De School"), visibleNames(browser));
            assertEquals(List.of(), browser.consoleErrors());
            assertEquals(List.of(), axeViolations(browser), "with sort buttons");
        }
    }

    @Test
    void filtersOnAreaAndInterestHideOtherRowsAndTellHowManyAreShown() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("monitor.html"));
            WebElement live = browser.driver().findElement(By.id("monitor-aantal"));
            assertEquals("polite", live.getDomAttribute("aria-live"));
            assertTrue(browser.driver().findElement(By.id("monitor-filters")).isDisplayed());
            assertFalse(browser.driver().findElement(By.className("monitor-jumps")).isDisplayed());

            // a kern shows the kindcentra in its wijken too
            new Select(browser.driver().findElement(By.id("filter-gebied"))).selectByValue("dorp");
            assertEquals(List.of("Berk", "Kindcentrum De School"), visibleNames(browser));
            assertEquals("2 kindcentra getoond", live.getText());

            new Select(browser.driver().findElement(By.id("filter-belangstelling"))).selectByValue("1");
            assertEquals(List.of("Kindcentrum De School"), visibleNames(browser));
            assertEquals("1 kindcentrum getoond", live.getText());

            new Select(browser.driver().findElement(By.id("filter-gebied"))).selectByValue("veld");
            assertEquals(List.of(), visibleNames(browser));
            assertTrue(live.getText().startsWith("Geen kindcentra getoond."), live.getText());

            new Select(browser.driver().findElement(By.id("filter-gebied"))).selectByValue("");
            new Select(browser.driver().findElement(By.id("filter-belangstelling"))).selectByValue("");
            assertEquals(List.of("Berk", "Kindcentrum De School", "Akker"), visibleNames(browser));
            assertEquals("3 kindcentra getoond", live.getText());
            assertEquals(List.of(), browser.consoleErrors());
            assertEquals(List.of(), axeViolations(browser), "after filtering");
        }
    }

    @Test
    void onAPhoneTheNameStaysInViewWhileTheTableScrolls() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(375, 812)) {
            browser.driver().get(server.url("monitor.html"));
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "the page is wider than the screen by " + overflow + " px");
            WebElement name = browser.driver().findElement(By.cssSelector("#monitor-tabel tbody th[scope=row]"));
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", name);
            Number before = (Number) browser.driver().executeScript(
                    "return arguments[0].getBoundingClientRect().left;", name);
            Number scrolled = (Number) browser.driver().executeScript(
                    "var region = document.querySelector('.table-scroll');"
                            + " region.scrollLeft = region.scrollWidth; return region.scrollLeft;");
            assertTrue(scrolled.intValue() > 100, "the table scrolls sideways: " + scrolled);
            Number after = (Number) browser.driver().executeScript(
                    "return arguments[0].getBoundingClientRect().left;", name);
            assertEquals(before.intValue(), after.intValue(), "the first column moved while scrolling sideways");
            browser.screenshot("phone-monitor-table");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
