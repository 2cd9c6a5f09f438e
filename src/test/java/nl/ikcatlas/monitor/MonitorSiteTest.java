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
    private static String changes;

    @BeforeAll
    static void build() {
        Path site = MonitorSite.build(dir);
        // whitespace between tags comes from the template's indentation, not from the data
        html = SiteFiles.read(site, "monitor.html").replaceAll(">\\s+<", "><");
        changes = SiteFiles.read(site, "wijzigingen.html").replaceAll(">\\s+<", "><");
        assertTrue(Files.isRegularFile(site.resolve("assets/monitor.js")));
    }

    private static void assertContains(String expected) {
        assertTrue(html.contains(expected), () -> "missing: " + expected + "\nin: " + html);
    }

    @Test
    void headingsSayHowEachColumnSortsAndThemesAreCodesWithTheirNames() {
        assertContains("<thead><tr><th scope=\"col\" data-sort-type=\"text\">Kindcentrum</th>"
                + "<th scope=\"col\" data-sort-type=\"text\" aria-sort=\"ascending\">Gebied</th>"
                + "<th scope=\"col\" data-sort-type=\"number\">Belang\u00ADstelling</th>"
                + "<th scope=\"col\" data-sort-type=\"number\">Jaar</th>"
                + "<th scope=\"col\" data-sort-type=\"number\" class=\"theme\"><abbr title=\"Visie\">T1</abbr>"
                + "<span class=\"theme-name\">Visie</span></th>"
                + "<th scope=\"col\" data-sort-type=\"number\" class=\"theme\"><abbr title=\"Ruimte\">T2</abbr>"
                + "<span class=\"theme-name\">Ruimte</span></th></tr></thead>");
    }

    @Test
    void everyKindcentrumIsOneRowOfLevelCellsInOrderOfAreaAndThenName() {
        assertContains("<tbody><tr id=\"gebied-dorp\" data-gebied=\"dorp\" data-belangstelling=\"3\">"
                + "<th scope=\"row\"><a href=\"kindcentra/berk.html\">Berk</a></th>"
                + "<td class=\"about\" data-label=\"Gebied\">Dorp</td>"
                + "<td class=\"about\" data-label=\"Belang\u00ADstelling\" data-sort=\"3\">Geen belangstelling</td>"
                + "<td class=\"about\" data-label=\"Jaar\" data-sort=\"\">Nog niet gemeten</td>"
                + "<td class=\"niveau-0\" data-label=\"T1\" data-sort=\"\"><span aria-hidden=\"true\">-</span>"
                + "<span class=\"visually-hidden\">Geen meting</span></td>"
                + "<td class=\"niveau-0\" data-label=\"T2\" data-sort=\"\"><span aria-hidden=\"true\">-</span>"
                + "<span class=\"visually-hidden\">Geen meting</span></td>"
                + "</tr>"
                + "<tr id=\"gebied-noord\" data-gebied=\"noord dorp\" data-belangstelling=\"1\">"
                + "<th scope=\"row\"><a href=\"kindcentra/kc.html\">Kindcentrum De School</a></th>"
                + "<td class=\"about\" data-label=\"Gebied\">Noord</td>"
                + "<td class=\"about\" data-label=\"Belang\u00ADstelling\" data-sort=\"1\">Direct starten</td>"
                + "<td class=\"about\" data-label=\"Jaar\" data-sort=\"2025\">2025</td>"
                + "<td class=\"niveau-2 change-up\" data-label=\"T1\" data-sort=\"2\"><span aria-hidden=\"true\">2"
                + "<span class=\"change\">↑</span></span><span class=\"visually-hidden\">Samen (2), hoger dan in 2024</span></td>"
                + "<td class=\"niveau-1 change-same\" data-label=\"T2\" data-sort=\"1\"><span aria-hidden=\"true\">1"
                + "<span class=\"change\">=</span></span><span class=\"visually-hidden\">Los van elkaar (1), gelijk aan 2024</span></td>"
                + "</tr>"
                + "<tr id=\"gebied-veld\" data-gebied=\"veld\" data-belangstelling=\"2\">"
                + "<th scope=\"row\"><a href=\"kindcentra/akker.html\">Akker</a></th>"
                + "<td class=\"about\" data-label=\"Gebied\">Veld</td>"
                + "<td class=\"about\" data-label=\"Belang\u00ADstelling\" data-sort=\"2\">Oriëntatie</td>"
                + "<td class=\"about\" data-label=\"Jaar\" data-sort=\"2025\">2025</td>"
                + "<td class=\"niveau-1 change-down\" data-label=\"T1\" data-sort=\"1\"><span aria-hidden=\"true\">1"
                + "<span class=\"change\">↓</span></span><span class=\"visually-hidden\">Los van elkaar (1), lager dan in 2024</span></td>"
                + "<td class=\"niveau-2 change-up\" data-label=\"T2\" data-sort=\"2\"><span aria-hidden=\"true\">2"
                + "<span class=\"change\">↑</span></span><span class=\"visually-hidden\">Samen (2), hoger dan in 2024</span></td>"
                + "</tr></tbody>");
    }

    @Test
    void theKeyGivesEveryLevelWithItsColourAndEveryThemeWithItsCode() {
        assertContains("<ul class=\"level-key\" aria-labelledby=\"sleutel-niveaus\">"
                + "<li><span class=\"swatch niveau-1\" aria-hidden=\"true\">1</span> Los van elkaar (1)</li>"
                + "<li><span class=\"swatch niveau-2\" aria-hidden=\"true\">2</span> Samen (2)</li>"
                + "<li><span class=\"swatch niveau-0\" aria-hidden=\"true\">-</span> Geen meting</li></ul>");
        assertContains("<ul class=\"theme-key\" aria-labelledby=\"sleutel-themas\">"
                + "<li><span class=\"code\">T1</span><a href=\"instrument.html#visie\">Visie</a></li>"
                + "<li><span class=\"code\">T2</span><a href=\"instrument.html#ruimte\">Ruimte</a></li></ul>");
    }

    @Test
    void theSummaryCountsThemesUpSameAndDownPerAreaAndNamesEveryDecline() {
        assertContains("<h2 id=\"samenvatting\">Wat is er veranderd sinds de vorige meting?</h2>"
                + "<p>Sinds de vorige meting gingen 2 thema&#39;s omhoog, bleef er 1 gelijk en ging er 1 omlaag."
                + " Dat gaat over 2 kindcentra met twee of meer metingen, van de 3.</p>"
                + "<p>Deze kindcentra gingen op een of meer thema's omlaag:</p>"
                + "<ul class=\"monitor-declines\"><li><a href=\"kindcentra/akker.html\">Akker</a> (Veld), in 2025,"
                + " vergeleken met 2024: Visie (T1): van Samen (2) naar Los van elkaar (1).</li></ul>");
        assertContains("<tbody>"
                + "<tr><th scope=\"row\">Dorp</th><td>0 van 1</td><td>0</td><td>0</td><td>0</td></tr>"
                + "<tr><th scope=\"row\">Noord</th><td>1 van 1</td><td>1</td><td>1</td><td>0</td></tr>"
                + "<tr class=\"has-decline\"><th scope=\"row\">Veld</th><td>1 van 1</td><td>1</td><td>0</td>"
                + "<td><strong>1</strong></td></tr></tbody>"
                + "<tfoot><tr class=\"has-decline\"><th scope=\"row\">Totaal</th><td>2 van 3</td><td>2</td><td>1</td>"
                + "<td><strong>1</strong></td></tr></tfoot>");
    }

    @Test
    void theChangesPageStartsWithATablePerYearWithTheDeclineMarkedAndTheDetailsFolded() {
        assertTrue(changes.contains("<tbody>"
                + "<tr class=\"has-decline\"><th scope=\"row\"><a href=\"#jaar-2025\">2025</a></th>"
                + "<td data-label=\"Metingen\">2</td><td data-label=\"Thema's hoger\">2</td>"
                + "<td data-label=\"Thema's lager\"><strong>1 <span aria-hidden=\"true\">↓</span></strong></td>"
                + "<td data-label=\"Geopend\">0</td><td data-label=\"Gesloten\">0</td><td data-label=\"Nieuwe naam\">0</td></tr>"
                + "<tr><th scope=\"row\"><a href=\"#jaar-2024\">2024</a></th>"
                + "<td data-label=\"Metingen\">2</td><td data-label=\"Thema's hoger\">0</td><td data-label=\"Thema's lager\">0</td>"
                + "<td data-label=\"Geopend\">0</td><td data-label=\"Gesloten\">0</td><td data-label=\"Nieuwe naam\">0</td></tr></tbody>"),
                changes);
        assertTrue(changes.contains("<h2 id=\"jaar-2025\">2025</h2><details class=\"changes-details\">"
                + "<summary>Alle wijzigingen in 2025</summary><h3 id=\"jaar-2025-metingen\">Metingen</h3><ul>"
                + "<li class=\"has-decline\"><a href=\"kindcentra/akker.html\">Akker</a>: 1 thema hoger, 1 lager en 0 gelijk,"
                + " vergeleken met 2024."), changes);
        assertTrue(changes.contains("<ul><li>Visie: lager, van Samen naar Los van elkaar.</li>"
                + "<li>Ruimte: hoger, van Los van elkaar naar Samen.</li></ul></li>"), changes);
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
