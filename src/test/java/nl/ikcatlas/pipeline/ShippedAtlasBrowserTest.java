package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The shipped atlas's menu in a real browser, at phone and desktop width. That every page type loads cleanly and
 * fits a phone's screen is checked in {@link ShippedPagesBrowserTest}.
 */
@Tag("browser")
class ShippedAtlasBrowserTest {
    static Path out;

    @BeforeAll
    static void build() {
        assertTrue(ShippedSite.get().report().succeeded());
        out = ShippedSite.get().site();
    }

    @Test
    void desktopNavigationReachesEverySection() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            browser.blockMapTiles();
            browser.driver().get(server.url("index.html"));
            List<WebElement> nav = browser.driver().findElements(By.cssSelector("nav a"));
            assertTrue(nav.size() >= 7, "navigation links: " + nav.size());
            browser.driver().findElement(By.linkText("Kindcentra")).click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/kindcentra/index.html"),
                    browser.driver().getCurrentUrl());
            browser.driver().findElement(By.partialLinkText("De Gouden Griffel")).click();
            assertEquals("IKC De Gouden Griffel", browser.driver().findElement(By.tagName("h1")).getText());
            assertEquals(List.of(), browser.consoleErrors());
            browser.screenshot("desktop-kindcentrum");
        }
    }

    @Test
    void onAPhoneTheMenuFoldsAwayBehindAButtonThatSaysWhetherItIsOpen() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(375, 812)) {
            browser.blockMapTiles();
            browser.driver().get(server.url("gebieden/bleiswijk.html"));
            WebElement button = browser.driver().findElement(By.cssSelector("button.menu-toggle"));
            WebElement zoeken = browser.driver().findElement(By.cssSelector("#hoofdmenu a[href$='zoeken/index.html']"));
            assertTrue(button.isDisplayed());
            assertEquals("Menu", button.getText());
            assertEquals("hoofdmenu", button.getDomAttribute("aria-controls"));
            assertEquals("false", button.getDomAttribute("aria-expanded"));
            assertFalse(zoeken.isDisplayed());
            button.click();
            assertEquals("true", button.getDomAttribute("aria-expanded"));
            assertTrue(zoeken.isDisplayed());
            zoeken.click();
            assertTrue(browser.driver().getCurrentUrl().endsWith("/zoeken/index.html"), browser.driver().getCurrentUrl());
            browser.driver().findElement(By.cssSelector("button.menu-toggle")).sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals("true", browser.driver().findElement(By.cssSelector("button.menu-toggle")).getDomAttribute("aria-expanded"),
                    "the keyboard opens it too");
            assertEquals(List.of(), browser.consoleErrors());
        }
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(1280, 900)) {
            browser.driver().get(server.url("index.html"));
            assertFalse(browser.driver().findElement(By.cssSelector("button.menu-toggle")).isDisplayed());
            assertTrue(browser.driver().findElement(By.cssSelector("#hoofdmenu a[href$='zoeken/index.html']")).isDisplayed());
        }
    }
}
