package nl.ikcatlas.view;

import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.testing.HtmlValidator;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.shared.PageLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages that grow with the atlas besides the lists: the monitor, the changes, the figures per area and the
 * places of an area are split when they pass their limit. The tiny site has the kern Dorp with the wijk Noord
 * and the kern Rand, three kindcentra (two in Dorp, one of them in Noord; one in Rand), three schools (two in
 * Dorp) and five changes (two assessments in Noord, two in Rand and an opening in Rand); its limits are one
 * kindcentrum, one card and one place of an area a page, two changes and two areas.
 */
class SplitPagesTest {
    static final TinySite SITE = TinySite.valid().with(TinySite.SECOND_KERN).with(TinySite.PUBLISHED).with("""
            -- data/kindcentra/kc-rand.yaml --
            id: kc-rand
            name: IKC De Rand
            area: rand
            schools: [rand-school]
            scenario: school
            lead: school
            interest: 3
            housing:
              situation: een-gebouw
            source: voorbeeld
            assessments:
              - year: 2025
                source: voorbeeld
                levels: {visie: samen, ruimte: samen}
              - year: 2026
                source: voorbeeld
                levels: {visie: los, ruimte: samen}
            -- data/childcare/bso-nieuw.yaml --
            id: bso-nieuw
            name: BSO Nieuw
            holder: houder
            care_types: [bso]
            vve: false
            address: Randweg 4
            postcode: 2665 AA
            place: Rand
            coordinates: {lat: 52.1, lon: 4.6}
            area: rand
            opened: 2026-01-05
            source: voorbeeld
            """);

    static final PageLimits LIMITS = new PageLimits(1, 1, 2, 2, 1);

    @TempDir
    static Path out;
    static List<String> pages;

    @BeforeAll
    static void render() {
        Problems problems = new Problems();
        SiteView site = new SiteViews(Boundaries.NONE, OverviewBuilder.MAX_PLACES, LIMITS, List.of()).build(SITE.load(),
                List.of());
        pages = site.pages().stream().map(Page::path).toList();
        new SiteRenderer(Path.of("templates")).render(site.pages(), out, problems);
        SiteFiles.write(site.files(), out);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void theSplitPagesAreWhereTheyBelong() {
        assertEquals(List.of("monitor.html", "monitor/gebied/dorp.html", "monitor/gebied/dorp/2.html",
                "monitor/gebied/noord.html", "monitor/gebied/rand.html", "monitor/gebieden.html",
                "monitor/gebieden/2.html", "wijzigingen.html", "wijzigingen/dorp.html", "wijzigingen/noord.html",
                "wijzigingen/rand.html", "gebieden/dorp/scholen.html", "gebieden/dorp/scholen/2.html",
                "gebieden/rand/opvang.html", "gebieden/rand/opvang/2.html"),
                pages.stream().filter(p -> p.matches("(monitor|wijzigingen)(/.*)?\\.html|gebieden/(?!pagina/).*/.*")).toList());
    }

    @Test
    void theMonitorOfALargeAtlasSumsUpPerAreaAndLeadsToTheMonitorOfEachArea() {
        String monitor = read(out, "monitor.html");
        assertTrue(monitor.contains("""
                <tr><th scope="row"><a href="monitor/gebied/dorp.html">Dorp</a></th><td>0 van 1</td><td>0</td><td>0</td><td>0</td></tr>
                <tr><th scope="row"><a href="monitor/gebied/noord.html">Noord</a></th><td>1 van 1</td><td>1</td><td>1</td><td>0</td></tr>
                <tr class="has-decline"><th scope="row"><a href="monitor/gebied/rand.html">Rand</a></th><td>1 van 1</td><td>0</td>\
                <td>1</td><td><strong>1</strong></td></tr>"""), monitor);
        assertTrue(monitor.contains("""
                  <ul class="link-list monitor-areas">
                  <li><a href="monitor/gebied/dorp.html">Dorp</a></li><li><a href="monitor/gebied/noord.html">Noord</a></li>\
                <li><a href="monitor/gebied/rand.html">Rand</a></li>
                  </ul>"""), monitor);
        assertTrue(monitor.contains("<p>Welke kindcentra op een thema omlaag gingen, ziet u op de monitor van hun gebied."
                + " Kies een gebied in de tabel.</p>"), monitor);
        assertTrue(monitor.contains("<h3 id=\"belangstelling-3\">3 - Geen belangstelling</h3>"), monitor);
        assertTrue(monitor.contains("<p>1 kindcentrum.</p>"), monitor);
        assertFalse(monitor.contains("monitor-tabel"), monitor);
        assertFalse(monitor.contains("kindcentra/kc-rand.html"), "the kindcentra are named on the monitor of their area");
        assertFalse(monitor.contains("monitor.js"), monitor);
    }

    @Test
    void theMonitorOfAnAreaWithMoreKindcentraThanAPageShowsHasItsTableOverNumberedPages() {
        String first = read(out, "monitor/gebied/dorp.html");
        assertTrue(first.contains("<h1>Monitor Dorp</h1>"), first);
        assertTrue(first.contains("<li><a href=\"../../monitor.html\">Monitor</a></li>\n"
                + "    <li aria-current=\"page\">Monitor Dorp</li>"), first);
        assertTrue(first.contains("<h2 id=\"samenvatting\">"), first);
        assertTrue(first.contains("<h2 id=\"verdeling\">"), first);
        assertTrue(first.contains("""
                <nav class="pager" aria-label="Pagina's van deze lijst">
                <p class="pager-label">Pagina 1 van 2</p>
                <ul class="pager-links">

                <li><span aria-current="page">1</span></li><li><a href="../../monitor/gebied/dorp/2.html">2</a></li>
                <li><a rel="next" href="../../monitor/gebied/dorp/2.html">Volgende pagina</a></li>
                </ul>
                </nav>"""), first);
        String second = read(out, "monitor/gebied/dorp/2.html");
        assertTrue(second.contains("<h1>Monitor Dorp, pagina 2 van 2</h1>"), second);
        assertTrue(second.contains("<li><a href=\"../../../monitor/gebied/dorp.html\">Monitor Dorp</a></li>\n"
                + "    <li aria-current=\"page\">Monitor Dorp, pagina 2 van 2</li>"), second);
        assertTrue(second.contains("<p class=\"lead\">Hier staat het vervolg van de tabel met het niveau van elk kindcentrum."
                + " Wat er veranderd is, de grafiek en de belangstelling staan op"
                + " <a href=\"../../../monitor/gebied/dorp.html\">de eerste pagina</a>.</p>"), second);
        assertFalse(second.contains("id=\"samenvatting\""), second);
        assertFalse(second.contains("id=\"verdeling\""), second);
        assertTrue(second.contains("<li><a rel=\"prev\" href=\"../../../monitor/gebied/dorp.html\">Vorige pagina</a></li>"),
                second);
        // every kindcentrum in Dorp (one of them in its wijk Noord) is in the table on exactly one of its pages
        for (String kindcentrum : List.of("kindcentra/kc.html\">Kindcentrum De School", "kindcentra/mfa-dorp.html\">MFA Dorp")) {
            assertEquals(1, occurrences(tableOf(first), kindcentrum) + occurrences(tableOf(second), kindcentrum), kindcentrum);
        }
        assertEquals(1, occurrences(tableOf(first), "<tr "), first);
        String rand = read(out, "monitor/gebied/rand.html");
        assertTrue(rand.contains("<th scope=\"row\"><a href=\"../../kindcentra/kc-rand.html\">IKC De Rand</a></th>"), rand);
        assertTrue(rand.contains("<li><a href=\"../../kindcentra/kc-rand.html\">IKC De Rand</a> (Rand), in 2026, vergeleken met"
                + " 2025: Visie (T1): van Samen (2) naar Los van elkaar (1).</li>"), rand);
        assertFalse(rand.contains("class=\"pager\""), rand);
    }

    @Test
    void theChangesOfALargeAtlasAreCountedPerYearWithAPagePerArea() {
        String changes = read(out, "wijzigingen.html");
        assertTrue(changes.contains("""
                <ul class="link-list changes-areas">
                <li><a href="wijzigingen/dorp.html">Dorp</a> (2 wijzigingen)</li><li><a href="wijzigingen/noord.html">Noord</a>\
                 (2 wijzigingen)</li><li><a href="wijzigingen/rand.html">Rand</a> (3 wijzigingen)</li>
                </ul>"""), changes);
        assertTrue(changes.contains("<tr class=\"has-decline\"><th scope=\"row\">2026</th><td data-label=\"Metingen\">1</td>"),
                changes);
        assertFalse(changes.contains("<details"), changes);
        String rand = read(out, "wijzigingen/rand.html");
        assertTrue(rand.contains("<h1>Wat is er veranderd in Rand?</h1>"), rand);
        assertTrue(rand.contains("<p class=\"lead\">Hier ziet u per jaar wat er in Rand is veranderd."), rand);
        assertTrue(rand.contains("<li><a href=\"../monitor.html\">Monitor</a></li>\n"
                + "    <li><a href=\"../wijzigingen.html\">Wat is er veranderd?</a></li>"), rand);
        assertTrue(rand.contains("<li class=\"has-decline\"><a href=\"../kindcentra/kc-rand.html\">IKC De Rand</a>:"
                + " 0 thema&#39;s hoger, 1 lager en 1 gelijk, vergeleken met 2025."), rand);
        assertTrue(rand.contains("<li>5 januari 2026: Opvanglocatie BSO Nieuw is geopend. <span class=\"screen-only\">"
                + "<a href=\"../opvang/bso-nieuw.html\">Pagina van BSO Nieuw</a></span></li>"), rand);
        assertFalse(rand.contains("kindcentra/kc.html"), "the changes of another area are not on its page");
        String dorp = read(out, "wijzigingen/dorp.html");
        assertTrue(dorp.contains("<li><a href=\"../kindcentra/kc.html\">Kindcentrum De School</a>: Eerste meting.</li>"), dorp);
        assertFalse(dorp.contains("kc-rand"), dorp);
    }

    @Test
    void theFiguresPerAreaAreSplitOverNumberedPagesWithAnIndexOfTheAreas() {
        String first = read(out, "monitor/gebieden.html");
        String second = read(out, "monitor/gebieden/2.html");
        assertTrue(second.contains("<h1>Cijfers per gebied, pagina 2 van 2</h1>"), second);
        assertTrue(second.contains("""
                <nav class="list-index" aria-label="Ga naar een gebied">
                <p class="list-index-label">Ga naar een gebied:</p>
                <ul><li><a href="../../monitor/gebieden.html#gebied-dorp">Dorp</a></li><li><a\
                 href="../../monitor/gebieden.html#gebied-noord">Noord</a></li><li><a\
                 href="../../monitor/gebieden/2.html#gebied-rand">Rand</a></li></ul>
                </nav>"""), second);
        for (String area : List.of("dorp", "noord", "rand")) {
            String heading = "<h2 id=\"gebied-" + area + "\">";
            assertEquals(1, occurrences(first, heading) + occurrences(second, heading), area);
        }
        assertTrue(first.contains("<h2 id=\"gebied-dorp\">Dorp</h2>"), first);
        assertFalse(first.contains("class=\"page-nav\""), first);
    }

    @Test
    void anAreaWithMorePlacesThanItsPageShowsLeadsToTheirOwnList() {
        String dorp = read(out, "gebieden/dorp.html");
        assertTrue(dorp.contains("<h2 id=\"scholen\">Scholen</h2>\n  <p><a href=\"../gebieden/dorp/scholen.html\">Alle 2"
                + " scholen in Dorp</a> staan in een lijst op een eigen pagina.</p>\n</section>"), dorp);
        assertTrue(dorp.contains("<a class=\"card-title\" href=\"../opvang/opvang.html\">Opvang De Wei</a>"), dorp);
        String first = read(out, "gebieden/dorp/scholen.html");
        assertTrue(first.contains("<h1>Scholen in Dorp</h1>"), first);
        assertTrue(first.contains("<li><a href=\"../../gebieden/index.html\">Gebieden</a></li>\n"
                + "    <li><a href=\"../../gebieden/dorp.html\">Dorp</a></li>\n"
                + "    <li aria-current=\"page\">Scholen in Dorp</li>"), first);
        assertTrue(first.contains("<a class=\"card-title\" href=\"../../scholen/de-school.html\">De School</a>"), first);
        String second = read(out, "gebieden/dorp/scholen/2.html");
        assertTrue(second.contains("<a class=\"card-title\" href=\"../../../scholen/het-palet.html\">Het Palet</a>"), second);
        assertFalse(first.contains("Het Palet"), first);
        assertFalse(second.contains("De School<"), second);
    }

    @Test
    void theHomePageOfAnAtlasWithMoreAreasThanAListShowsCountsThemInsteadOfListingThem() {
        String home = read(out, "index.html");
        assertTrue(home.contains("<h2 id=\"gebieden\">Kernen en wijken</h2>\n  <p>De atlas heeft 3 kernen en wijken. U vindt ze"
                + " op de kaart en in de lijst van alle kernen en wijken.</p>\n"
                + "  <p><a href=\"gebieden/index.html\">Alle kernen en wijken</a></p>"), home);
        assertFalse(home.contains("area-tree"), home);
    }

    @Test
    void theSitemapListsEverySplitPageAndTheyAreValidHtml() {
        String sitemap = read(out, "sitemap.xml");
        HtmlValidator validator = new HtmlValidator();
        for (String page : List.of("monitor.html", "monitor/gebied/dorp.html", "monitor/gebied/dorp/2.html",
                "wijzigingen.html", "wijzigingen/rand.html", "monitor/gebieden/2.html", "gebieden/dorp/scholen/2.html")) {
            assertTrue(sitemap.contains("<url><loc>https://atlas.testdorp.nl/" + page + "</loc>"), page);
            assertEquals(List.of(), validator.errors(read(out, page)), page);
        }
    }

    private static String tableOf(String page) {
        return page.substring(page.indexOf("<tbody>", page.indexOf("id=\"monitor-tabel\"")), page.indexOf("</tbody>",
                page.indexOf("id=\"monitor-tabel\"")));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
