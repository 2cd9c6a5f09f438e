package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.testing.SiteFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor's table of all kindcentra as it is written: complete without JavaScript, ready for sorting and filtering. */
class MonitorSiteTest {
    @TempDir
    static Path dir;
    private static String html;

    @BeforeAll
    static void build() {
        Path site = MonitorSite.build(dir);
        // whitespace between tags comes from the template's indentation, not from the data
        html = SiteFiles.read(site, "monitor.html").replaceAll(">\\s+<", "><");
        assertTrue(Files.isRegularFile(site.resolve("assets/monitor.js")));
    }

    private static void assertContains(String expected) {
        assertTrue(html.contains(expected), () -> "missing: " + expected + "\nin: " + html);
    }

    @Test
    void headingsSayHowEachColumnSortsAndThatTheRowsAreInAreaOrder() {
        assertContains("<thead><tr><th scope=\"col\" data-sort-type=\"text\">Kindcentrum</th>"
                + "<th scope=\"col\" data-sort-type=\"text\" aria-sort=\"ascending\">Gebied</th>"
                + "<th scope=\"col\" data-sort-type=\"number\">Belangstelling</th>"
                + "<th scope=\"col\" data-sort-type=\"number\">Jaar</th>"
                + "<th scope=\"col\" data-sort-type=\"number\">Visie</th>"
                + "<th scope=\"col\" data-sort-type=\"number\">Ruimte</th></tr></thead>");
    }

    @Test
    void everyKindcentrumIsOneRowInOrderOfAreaAndThenName() {
        assertContains("<tbody><tr id=\"gebied-dorp\" data-gebied=\"dorp\" data-belangstelling=\"3\">"
                + "<th scope=\"row\"><a href=\"kindcentra/berk.html\">Berk</a></th>"
                + "<td>Dorp</td><td data-sort=\"3\">Geen belangstelling</td><td data-sort=\"\">Nog niet gemeten</td>"
                + "<td class=\"niveau-0\" data-sort=\"\">Geen meting</td><td class=\"niveau-0\" data-sort=\"\">Geen meting</td>"
                + "</tr>"
                + "<tr id=\"gebied-noord\" data-gebied=\"noord dorp\" data-belangstelling=\"1\">"
                + "<th scope=\"row\"><a href=\"kindcentra/kc.html\">Kindcentrum De School</a></th>"
                + "<td>Noord</td><td data-sort=\"1\">Direct starten</td><td data-sort=\"2025\">2025</td>"
                + "<td class=\"niveau-2\" data-sort=\"2\">Samen (2) <span aria-hidden=\"true\" class=\"change\">↑</span>"
                + "<span class=\"visually-hidden\">, hoger dan in 2024</span></td>"
                + "<td class=\"niveau-1\" data-sort=\"1\">Los van elkaar (1) <span aria-hidden=\"true\" class=\"change\">=</span>"
                + "<span class=\"visually-hidden\">, gelijk aan 2024</span></td>"
                + "</tr>"
                + "<tr id=\"gebied-veld\" data-gebied=\"veld\" data-belangstelling=\"2\">"
                + "<th scope=\"row\"><a href=\"kindcentra/akker.html\">Akker</a></th>"
                + "<td>Veld</td><td data-sort=\"2\">Oriëntatie</td><td data-sort=\"2025\">2025</td>"
                + "<td class=\"niveau-1\" data-sort=\"1\">Los van elkaar (1)</td>"
                + "<td class=\"niveau-2\" data-sort=\"2\">Samen (2)</td>"
                + "</tr></tbody>");
    }

    @Test
    void withoutJavaScriptLinksLeadToEachAreaAndTheFiltersStayHidden() {
        assertContains("<div class=\"monitor-jumps\"><p>De tabel staat op volgorde van gebied. Ga naar een gebied:</p>"
                + "<ul class=\"link-list\"><li><a href=\"#gebied-dorp\">Dorp</a></li>"
                + "<li><a href=\"#gebied-noord\">Noord</a></li><li><a href=\"#gebied-veld\">Veld</a></li></ul></div>");
        assertContains("<div id=\"monitor-filters\" class=\"monitor-filters\" hidden>");
        assertContains("<span class=\"sort-hint\" hidden>");
    }

    @Test
    void filtersOfferAreasWithKindcentraWithTheirWijkenAndEveryInterestCategory() {
        assertContains("<select id=\"filter-gebied\"><option value=\"\">Alle gebieden</option>"
                + "<option value=\"dorp\">Dorp (kern)</option><option value=\"noord\">– Noord (wijk)</option>"
                + "<option value=\"veld\">Veld (kern)</option></select>");
        assertContains("<select id=\"filter-belangstelling\"><option value=\"\">Alle</option>"
                + "<option value=\"1\">1 - Direct starten</option><option value=\"2\">2 - Oriëntatie</option>"
                + "<option value=\"3\">3 - Geen belangstelling</option></select>");
        assertContains("<p id=\"monitor-aantal\" class=\"result-count\" aria-live=\"polite\" aria-atomic=\"true\"></p>");
    }

    @Test
    void theScriptComesFromTheSiteItself() {
        assertContains("<script src=\"assets/monitor.js\"></script>");
        assertFalse(SiteFiles.withoutOwnScripts(html).contains("<script"), "no other script");
    }
}
