package nl.ikcatlas.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 AA rules on the page a browser shows. The pages have no frames, so axe runs in the
 * page itself and reports only violations, as text made in the page (the full results are large).
 * axe-core comes from the {@code com.deque.html.axe-core:selenium} jar; sending its half a megabyte to the
 * browser costs more than most checks, so a test that checks many pages has it loaded into each page
 * beforehand ({@link #inEveryPage}).
 */
public final class Axe {
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The one rule that needs the layout of every text on the page; the slowest by far on long pages. */
    public static final String COLOUR_CONTRAST = "color-contrast";
    private static final String SOURCE = source();
    /** Runs axe with the rules of {@link #WCAG_21_AA} but those in arguments[0]; answers "RULE at TARGET: SUMMARY". */
    private static final String RUN = "var done = arguments[arguments.length - 1]; var off = {};"
            + " arguments[0].forEach(function (r) { off[r] = {enabled: false}; });"
            + " axe.run(document, {runOnly: {type: 'tag', values: arguments[1]}, rules: off,"
            + " resultTypes: ['violations'], iframes: false}).then(function (r) {"
            + " var found = []; r.violations.forEach(function (v) { v.nodes.forEach(function (n) {"
            + " found.push(v.id + ' at ' + JSON.stringify(n.target) + ': ' + n.failureSummary); }); });"
            + " done(found); }, function (e) { done(['axe-core failed: ' + e]); });";

    private Axe() {
    }

    /** Every violation on the current page as "WHERE: RULE at TARGET: SUMMARY", in axe's order. */
    public static List<String> violations(WebDriver driver, String where) {
        return violations(driver, where, List.of());
    }

    /** As {@link #violations(WebDriver, String)}, with the rules named in {@code skipped} left out. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver, String where, List<String> skipped) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return !!window.axe;"))) {
            page.executeScript(SOURCE);
        }
        List<String> found = (List<String>) page.executeAsyncScript(RUN, skipped, WCAG_21_AA);
        return found.stream().map(v -> where + ": " + v).toList();
    }

    /**
     * Loads axe-core into every page the browser opens from now on, before the page's own scripts (a script
     * the browser adds itself is outside the page's Content-Security-Policy); closing stops it.
     */
    public static AutoCloseable inEveryPage(Browser browser) {
        Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", SOURCE));
        return () -> browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                Map.of("identifier", added.get("identifier")));
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
