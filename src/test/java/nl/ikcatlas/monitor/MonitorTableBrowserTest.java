package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * The monitor's heat map in headless Chromium: sort buttons, filters with their spoken count, no sideways
 * scrolling on a laptop (1280 px) or a phone (375 px), where each kindcentrum becomes a card, and the
 * whole table on A4 landscape when printed.
 */
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

    /** The column heading with this text, or for a theme with this code ("T1"). */
    private static WebElement heading(Browser browser, String label) {
        return browser.driver().findElement(By.xpath("//table[@id='monitor-tabel']/thead//th[normalize-space(.)='"
                + label + "' or .//abbr[normalize-space(.)='" + label + "']]"));
    }

    /** How far the element's content reaches beyond its box, in px (0 when it fits). */
    private static int overflow(Browser browser, String script) {
        return ((Number) browser.driver().executeScript(script)).intValue();
    }

    @Test
    void sortButtonsOrderTheRowsAndSayHow() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("monitor.html"));
            assertEquals(List.of("Berk", "Kindcentrum De School", "Akker"), visibleNames(browser));
            assertEquals(6, browser.driver().findElements(By.cssSelector("#monitor-tabel thead th > button.sort")).size());
            WebElement visie = heading(browser, "T1");
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
    void atLaptopWidthTheWholeTableFitsAndAThemeNameShowsOnFocus() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("monitor.html"));
            assertEquals(0, overflow(browser, "var t = document.getElementById('monitor-tabel');"
                    + " return Math.max(0, t.scrollWidth - t.parentElement.clientWidth);"), "the table scrolls sideways");
            WebElement name = heading(browser, "T2").findElement(By.className("theme-name"));
            assertFalse(name.isDisplayed() && name.getSize().getWidth() > 1, "the name waits for focus");
            heading(browser, "T2").findElement(By.tagName("button")).sendKeys("");
            assertEquals("Ruimte", name.getText());
            assertTrue(name.getSize().getWidth() > 20, "shown on focus: " + name.getSize());
            assertEquals("T2 Ruimte", heading(browser, "T2").findElement(By.tagName("button")).getAccessibleName());
            browser.screenshot("monitor-1280");
            assertEquals(List.of(), axeViolations(browser), "at 1280 px");
        }
    }

    @Test
    void onAPhoneEachKindcentrumIsACardAndThePageScrollsOnlyUpAndDown() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(375, 812)) {
            browser.driver().get(server.url("monitor.html"));
            assertEquals(0, overflow(browser, "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"),
                    "the page is wider than the screen");
            assertEquals(0, overflow(browser, "return Math.max(0, document.querySelector('.heatmap-frame').scrollWidth"
                    + " - document.querySelector('.heatmap-frame').clientWidth);"), "the table scrolls sideways");
            WebElement cell = browser.driver().findElement(By.cssSelector("#gebied-veld td[data-label='T1']"));
            assertEquals("\"T1\"", browser.driver().executeScript(
                    "return getComputedStyle(arguments[0], '::before').content;", cell), "the theme's code above the level");
            assertEquals("1↓", cell.findElement(By.cssSelector("[aria-hidden=true]")).getText());
            WebElement name = browser.driver().findElement(By.cssSelector("#gebied-veld th[scope=row]"));
            assertTrue(cell.getLocation().getY() > name.getLocation().getY(), "the themes come below the name");
            new Select(browser.driver().findElement(By.id("filter-gebied"))).selectByValue("veld");
            assertEquals(List.of("Akker"), visibleNames(browser));
            browser.screenshot("monitor-375");
            assertEquals(List.of(), browser.consoleErrors());
            assertEquals(List.of(), axeViolations(browser), "at 375 px");
        }
    }

    @Test
    void printedTheWholeTableFitsOneA4LandscapePageWithoutTheSortInstructions() throws Exception {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("monitor.html"));
            Map<String, Object> printed = browser.driver().executeCdpCommand("Page.printToPDF",
                    Map.of("preferCSSPageSize", true, "printBackground", true));
            byte[] bytes = Base64.getDecoder().decode((String) printed.get("data"));
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                int tablePage = -1;
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    PDRectangle box = pdf.getPage(i).getMediaBox();
                    assertEquals(842, Math.round(box.getWidth()), "A4 landscape, page " + (i + 1));
                    assertEquals(595, Math.round(box.getHeight()), "A4 landscape, page " + (i + 1));
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    String text = stripper.getText(pdf);
                    assertFalse(text.contains("Met de knoppen"), "sort instructions on page " + (i + 1));
                    if (text.contains("Niveaus van alle kindcentra")) {
                        tablePage = i;
                        for (String cell : List.of("T1", "T2", "Berk", "Kindcentrum De School", "Akker")) {
                            assertTrue(text.contains(cell), cell + " on the table's page:\n" + text);
                        }
                    }
                }
                assertTrue(tablePage >= 0, "a page with the table");
            }
        }
    }
}
