package nl.ikcatlas.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) for tests that look at pages as a
 * visitor does. Where Chromium is missing the test is skipped, except in CI (CI=true), where
 * that is a failure: CI installs it through .ci/run.
 * <p>
 * Starting Chromium takes longer than most tests, so one Chromium serves every test of the JVM (tests
 * run one after another): {@link #open} lends it out at a window size and {@link #close} hands it back
 * on a blank page with no requests blocked. It quits when the JVM ends.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Chromium's own default. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(300);
    private static ChromeDriver shared;

    private final ChromeDriver driver;
    /** True for a Chromium of this browser's own, which quits when it is closed. */
    private final boolean own;
    private boolean blocking;

    private Browser(ChromeDriver driver, boolean own) {
        this.driver = driver;
        this.own = own;
    }

    /** As {@link #open(int, int)}; every request the pages make from now on is in {@link #requestedUrls()}. */
    public static Browser openRecordingRequests(int width, int height) {
        return open(width, height);
    }

    /**
     * The JVM's Chromium with its window at {@code width} x {@code height}, with no console messages and
     * no recorded requests yet.
     */
    public static Browser open(int width, int height) {
        return open(width, height, false);
    }

    /**
     * A second Chromium of its own, for a test that keeps two browsers busy at once (each runs on a core of
     * its own); it quits when closed.
     */
    public static Browser openAnother(int width, int height) {
        return open(width, height, true);
    }

    private static Browser open(int width, int height, boolean own) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium is required in CI: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver)");
        ChromeDriver driver = own ? start(width, height) : shared(width, height);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        return new Browser(driver, own);
    }

    private static synchronized ChromeDriver shared(int width, int height) {
        if (shared == null) {
            shared = start(width, height);
            ChromeDriver started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return shared;
    }

    private static ChromeDriver start(int width, int height) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            // always on, as the one Chromium is shared: open() throws away what earlier tests left
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Blocks requests whose URL matches any of the patterns ({@code *} is a wildcard), as if those
     * servers were unreachable; their failed loads are left out of {@link #consoleErrors()}.
     */
    public void blockRequests(List<String> patterns) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", patterns));
        blocking = true;
    }

    /** The background tiles of the interactive maps: a test machine has no internet. */
    public void blockMapTiles() {
        blockRequests(List.of("*service.pdok.nl*", "*tile.openstreetmap.org*"));
    }

    /**
     * The first element matching {@code by} once it can be seen with some text, waiting up to five
     * seconds: a map popup exists before it has faded in, and hidden text reads as empty.
     */
    public WebElement shown(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(50)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return !found.isEmpty() && found.get(0).isDisplayed() && !found.get(0).getText().isEmpty()
                    ? found.get(0) : null;
        });
    }

    /**
     * The text shown of every element matching the CSS selector, in page order, as WebDriver's getText reads
     * it (trimmed, non-breaking spaces as spaces), but in one request: element by element costs a round trip
     * each, which adds up on long lists.
     */
    @SuppressWarnings("unchecked")
    public static List<String> texts(WebDriver driver, String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from("
                + "document.querySelectorAll(arguments[0])).map(function (e) {"
                + " return e.innerText.replace(/\\u00a0/g, ' ').trim(); });", css);
    }

    /** Console messages at level SEVERE since the last call (errors, failed loads), except blocked requests. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("net::ERR_BLOCKED_BY_CLIENT"))
                .toList();
    }

    /** The URLs of every request since the last call, blocked ones included (needs {@link #openRecordingRequests}). */
    public List<String> requestedUrls() {
        List<String> urls = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            try {
                com.fasterxml.jackson.databind.JsonNode message = json.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Chromium wrote a log entry that is not JSON", e);
            }
        }
        return urls;
    }

    /**
     * Collects the Content-Security-Policy violations of every page opened from now on in
     * {@code window.cspViolations}, from before the page's own scripts run; read them with {@link #cspViolations()}.
     */
    public void recordCspViolations() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                // once per page, however often a test of the shared Chromium asked for it
                "if (!window.cspViolations) { window.cspViolations = [];"
                        + " document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile"
                        + " + ':' + e.lineNumber); }); }"));
    }

    /** The violations recorded on the current page (see {@link #recordCspViolations()}). */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        return (List<String>) driver.executeScript("return window.cspViolations || ['not recorded'];");
    }

    /** Saves a screenshot of the whole page to {@code target/screenshots/NAME.png} for people to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands the shared browser back for the next test: a blank page, nothing blocked, no console messages
     * left; a browser of its own quits.
     */
    @Override
    public void close() {
        if (own) {
            driver.quit();
            return;
        }
        if (blocking) {
            driver.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of()));
        }
        // axe-core shortens the page load timeout while it opens a window and leaves it so when that fails
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
    }
}
