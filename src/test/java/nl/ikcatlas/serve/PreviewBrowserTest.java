package nl.ikcatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import nl.ikcatlas.testing.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor's loop in a real browser: save, see the page change; break a record, see why; fix it, see the site. */
@Tag("browser")
class PreviewBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theOpenPageFollowsEverySave() throws Exception {
        try (PreviewFixture fixture = new PreviewFixture(dir); Browser browser = Browser.open(1000, 800)) {
            // the site's own policy (default-src 'none', in the layout's meta tag) applies: the reload script
            // and its event stream must pass it
            browser.blockMapTiles();
            browser.recordCspViolations();
            var driver = browser.driver();
            driver.get(fixture.url("scholen/de-school.html"));
            assertEquals("De School", driver.findElement(By.tagName("h1")).getText());
            // while the page reloads, what was found a moment ago is gone
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
            // the page is listening once the event stream is open
            wait.until(d -> fixture.preview.listeners() > 0);

            fixture.edit(PreviewFixture.SCHOOL, "name: De School", "name: De Linde");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("De Linde"));
            browser.screenshot("preview-edited");

            fixture.edit(PreviewFixture.SCHOOL, "postcode: 2651 AB", "postcode: 2651AB");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("1 problem in the atlas"));
            assertEquals("data/schools/de-school.yaml:6:11", driver.findElement(By.tagName("h2")).getText());
            assertTrue(driver.findElement(By.tagName("pre")).getText().contains("> 6 | postcode: 2651AB"),
                    driver.findElement(By.tagName("pre")).getText());
            browser.screenshot("preview-problem");

            fixture.edit(PreviewFixture.SCHOOL, "postcode: 2651AB", "postcode: 2651 AB");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("De Linde"));
            assertEquals(driver.getCurrentUrl(), fixture.url("scholen/de-school.html"));
            assertEquals(java.util.List.of(), browser.cspViolations());
            // the error page comes with status 500, which the console notes
            assertEquals(java.util.List.of(), browser.consoleErrors().stream()
                    .filter(message -> !message.contains("the server responded with a status of 500")).toList());
        }
    }
}
