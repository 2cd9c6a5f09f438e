package nl.ikcatlas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.testing.Axe;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds of pages only a large atlas has (the shipped atlas splits none of them), on a phone in headless
 * Chromium: the split pages of {@link SplitPagesTest}'s tiny atlas pass axe and fit the screen's width.
 */
@Tag("browser")
class SplitPagesBrowserTest {
    private static final List<String> PAGES = List.of("monitor.html", "monitor/gebied/dorp.html",
            "monitor/gebied/dorp/2.html", "wijzigingen.html", "wijzigingen/rand.html", "monitor/gebieden/2.html",
            "gebieden/dorp/scholen/2.html");

    @TempDir
    static Path out;

    @BeforeAll
    static void render() {
        Problems problems = new Problems();
        SiteView site = new SiteViews(Boundaries.NONE, OverviewBuilder.MAX_PLACES, SplitPagesTest.LIMITS, List.of())
                .build(SplitPagesTest.SITE.load(), List.of());
        new SiteRenderer(Path.of("templates")).render(site.pages(), out, problems);
        SiteFiles.write(site.files(), out);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void theSplitPagesPassAxeAndFitAPhone() {
        try (SiteServer server = new SiteServer(out); Browser browser = Browser.open(390, 844)) {
            for (String page : PAGES) {
                browser.driver().get(server.url(page));
                assertEquals(List.of(), Axe.violations(browser.driver(), page), page);
                Object overflow = browser.driver().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0L, overflow, page);
            }
            assertEquals(List.of(), browser.consoleErrors());
        }
    }
}
