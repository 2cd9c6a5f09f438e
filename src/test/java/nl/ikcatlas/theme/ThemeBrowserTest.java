package nl.ikcatlas.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.pipeline.AtlasPipeline;
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

/**
 * A tiny atlas with the second theme and a logo, in Chromium: the page takes the theme's colours and font,
 * the menu is one row at 1280 px and does not move when another item is current, and on a phone it folds.
 */
@Tag("browser")
class ThemeBrowserTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path atlas = BuiltSite.withTemplates(TinySite.valid().with("""
                -- data/atlas.yaml --
                municipality: Testdorp
                cbs_code: GM1621
                edition: 2026-11-01
                sources:
                  - id: duo
                    name: Alle schoolvestigingen
                    date: 2026-10-01
                  - id: voorbeeld
                    name: Voorbeeldgegevens
                    date: 2026-11-01
                    illustrative: true
                contact:
                  organisation: Gemeente Testdorp
                  email: info@testdorp.nl
                logo:
                  file: templates/assets/logo.svg
                  alt: Gemeente Testdorp
                -- content/over.md --
                title=Over deze atlas
                type=page
                status=published
                ~~~~~~
                Over de atlas.
                """), dir);
        Files.copy(ThemeTokensTest.SECOND_THEME, atlas.resolve("templates/assets/thema.css"),
                StandardCopyOption.REPLACE_EXISTING);
        site = dir.resolve("site");
        assertTrue(AtlasPipeline.forRepeatedBuilds().build(atlas, site).succeeded());
    }

    @Test
    void theSecondThemeStylesThePageAndTheMenuStaysOnOneRowWithoutShifting() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(1280, 900)) {
            browser.blockMapTiles();
            browser.driver().get(server.url("index.html"));
            assertEquals(List.of(), browser.consoleErrors());
            assertEquals("rgba(138, 20, 36, 1)", css(browser, ".site-header", "background-color"));
            assertEquals("rgba(92, 13, 24, 1)", css(browser, ".main-nav", "background-color"));
            assertTrue(css(browser, "body", "font-family").startsWith("Georgia"), css(browser, "body", "font-family"));
            WebElement logo = browser.driver().findElement(By.cssSelector("img.brand-logo"));
            assertTrue(logo.isDisplayed());
            assertEquals("Gemeente Testdorp", logo.getAttribute("alt"));
            assertTrue(((Number) browser.driver().executeScript("return arguments[0].naturalWidth;", logo)).intValue() > 0);

            List<Map<String, Object>> home = menu(browser);
            assertEquals(10, home.size(), "every item of the three groups: " + home);
            assertEquals(1, home.stream().map(m -> m.get("top")).distinct().count(), "one row: " + home);
            browser.screenshot("theme-red-home-1280");

            browser.driver().get(server.url("kindcentra/index.html"));
            WebElement current = browser.shown(By.cssSelector(".main-nav a[aria-current]"));
            assertEquals("Kindcentra", current.getText());
            assertEquals("rgba(255, 221, 0, 1)", current.getCssValue("border-bottom-color"));
            assertEquals(css(browser, ".main-nav a:not([aria-current])", "font-weight"), current.getCssValue("font-weight"));
            assertEquals(home, menu(browser), "the menu items stay where they were");
            browser.screenshot("theme-red-kindcentra-1280");
        }
    }

    @Test
    void onAPhoneTheMenuFoldsAndOpens() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.open(375, 812)) {
            browser.blockMapTiles();
            browser.driver().get(server.url("index.html"));
            assertFalse(browser.driver().findElement(By.id("hoofdmenu")).isDisplayed());
            browser.shown(By.cssSelector(".menu-toggle")).click();
            assertTrue(browser.shown(By.linkText("Monitor")).isDisplayed());
            assertEquals("true", browser.driver().findElement(By.cssSelector(".menu-toggle")).getAttribute("aria-expanded"));
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "wider than the screen by " + overflow + " px");
            browser.screenshot("theme-red-home-375");
        }
    }

    private static String css(Browser browser, String selector, String property) {
        return browser.driver().findElement(By.cssSelector(selector)).getCssValue(property);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> menu(Browser browser) {
        return (List<Map<String, Object>>) browser.driver().executeScript("""
                return Array.from(document.querySelectorAll('.main-nav a')).map(a => {
                  const r = a.getBoundingClientRect();
                  return {text: a.textContent, left: r.left, top: r.top, width: r.width, height: r.height};
                });""");
    }
}
