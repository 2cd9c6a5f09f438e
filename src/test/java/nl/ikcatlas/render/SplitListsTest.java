package nl.ikcatlas.render;

import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.testing.HtmlValidator;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteView;
import nl.ikcatlas.view.SiteViews;
import nl.ikcatlas.view.shared.ListPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists longer than the limit are split over numbered pages that lead to each other; shorter ones stay one
 * page. The tiny site has three schools in two kernen, two childcare locations and five boards, and a limit
 * of two cards a page.
 */
class SplitListsTest {
    private static final TinySite SITE = TinySite.valid().with(TinySite.SECOND_KERN).with(TinySite.PUBLISHED).with("""
            -- data/boards/aquila.yaml --
            id: aquila
            number: "10001"
            name: Aquila
            source: duo
            -- data/boards/arcade.yaml --
            id: arcade
            number: "10002"
            name: Arcade
            source: duo
            -- data/boards/atlas.yaml --
            id: atlas
            number: "10003"
            name: Atlas
            source: duo
            """);

    @TempDir
    static Path out;
    static List<String> pages;

    @BeforeAll
    static void render() {
        Problems problems = new Problems();
        SiteView site = new SiteViews(Boundaries.NONE, OverviewBuilder.MAX_PLACES, 2, List.of()).build(SITE.load(), List.of());
        pages = site.pages().stream().map(Page::path).toList();
        new SiteRenderer(Path.of("templates")).render(site.pages(), out, problems);
        SiteFiles.write(site.files(), out);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void aListInGroupsIsSplitBetweenKernenAndAListWithoutGroupsByLetter() {
        assertEquals(List.of("gebieden/index.html", "gebieden/pagina/2.html", "kindcentra/index.html",
                "scholen/index.html", "scholen/pagina/2.html", "opvang/index.html",
                "besturen/index.html", "besturen/pagina/2.html", "besturen/pagina/3.html", "houders/index.html"),
                pages.stream().filter(p -> p.matches("(gebieden|kindcentra|scholen|opvang|besturen|houders)/"
                        + "(index|pagina/[0-9]+)\\.html")).toList());
        String first = read(out, "scholen/index.html");
        assertTrue(first.contains("<h2 id=\"groep-0\">Dorp</h2>"), first);
        assertTrue(first.contains("<a class=\"card-title\" href=\"../scholen/de-school.html\">De School</a>"), first);
        assertFalse(first.contains("De Rand"), first);
        String second = read(out, "scholen/pagina/2.html");
        assertTrue(second.contains("<h2 id=\"groep-1\">Rand</h2>"), second);
        assertTrue(second.contains("<a class=\"card-title\" href=\"../../scholen/rand-school.html\">De Rand</a>"),
                second);

        // A has three boards: two on the first page, one on the second; S does not fit there and starts the third
        String letters = read(out, "besturen/pagina/2.html");
        assertTrue(letters.contains("<h2 id=\"groep-0\">A (vervolg)</h2>"), letters);
        assertTrue(letters.contains(">Atlas</a>"), letters);
        assertFalse(letters.contains(">Arcade</a>"), letters);
        assertTrue(read(out, "besturen/pagina/3.html").contains("<h2 id=\"groep-1\">S</h2>"));
        assertTrue(letters.contains("""
                <nav class="list-index" aria-label="Ga naar een letter">
                <p class="list-index-label">Ga naar een letter:</p>
                <ul><li><a href="../../besturen/index.html#groep-0">A</a></li>\
                <li><a href="../../besturen/pagina/3.html#groep-1">S</a></li></ul>
                </nav>"""), letters);
    }

    @Test
    void everyPageOfASplitListSaysWhichPageItIsAndLeadsToTheOthers() {
        String second = read(out, "besturen/pagina/2.html");
        assertTrue(second.contains("<title>Schoolbesturen, pagina 2 van 3 - IKC-atlas Testdorp</title>"), second);
        assertTrue(second.contains("<h1>Schoolbesturen, pagina 2 van 3</h1>"), second);
        assertTrue(second.contains("""
                <nav class="pager" aria-label="Pagina's van deze lijst">
                <p class="pager-label">Pagina 2 van 3</p>
                <ul class="pager-links">
                <li><a rel="prev" href="../../besturen/index.html">Vorige pagina</a></li>
                <li><a href="../../besturen/index.html">1</a></li><li><span aria-current="page">2</span></li>\
                <li><a href="../../besturen/pagina/3.html">3</a></li>
                <li><a rel="next" href="../../besturen/pagina/3.html">Volgende pagina</a></li>
                </ul>
                </nav>"""), second);
        assertTrue(second.contains("<li><a href=\"../../besturen/index.html\">Schoolbesturen</a></li>\n"
                + "    <li aria-current=\"page\">Schoolbesturen, pagina 2 van 3</li>"), second);
        assertTrue(second.contains("<a href=\"../../besturen/index.html\" aria-current=\"true\" class=\"current\">"
                + "Schoolbesturen</a>"), second);
        String first = read(out, "besturen/index.html");
        assertTrue(first.contains("<h1>Schoolbesturen</h1>"), first);
        assertTrue(first.contains("<p class=\"pager-label\">Pagina 1 van 3</p>"), first);
        assertFalse(first.contains("rel=\"prev\""), first);
        String last = read(out, "besturen/pagina/3.html");
        assertTrue(last.contains("<li><a rel=\"prev\" href=\"../../besturen/pagina/2.html\">Vorige pagina</a></li>"), last);
        assertFalse(last.contains("rel=\"next\""), last);
    }

    @Test
    void aListWithinTheLimitStaysOnePageWithoutPageNavigation() {
        String childcare = read(out, "opvang/index.html");
        assertTrue(childcare.contains("<h1>Opvang</h1>"), childcare);
        assertTrue(childcare.contains("<h2 id=\"groep-0\">Dorp</h2>"), childcare);
        assertTrue(childcare.contains("<h2 id=\"groep-1\">Rand</h2>"), childcare);
        assertFalse(childcare.contains("class=\"pager\""), childcare);
        assertFalse(childcare.contains("class=\"list-index\""), childcare);
    }

    @Test
    void theSitemapListsEveryPageOfASplitList() {
        String sitemap = read(out, "sitemap.xml");
        for (String page : List.of("scholen/", "scholen/pagina/2.html", "besturen/pagina/3.html")) {
            assertTrue(sitemap.contains("<url><loc>https://atlas.testdorp.nl/" + page + "</loc>"), page);
        }
    }

    @Test
    void thePagesOfASplitListAreValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        for (String page : List.of("besturen/index.html", "besturen/pagina/2.html", "scholen/pagina/2.html")) {
            assertEquals(List.of(), validator.errors(read(out, page)), page);
        }
    }

    @Test
    void pagesOfAListLiveInAFolderOfTheirOwn() {
        assertEquals("scholen/index.html", ListPages.pagePath("scholen/index.html", 1));
        assertEquals("scholen/pagina/14.html", ListPages.pagePath("scholen/index.html", 14));
        assertEquals("zoeken/bso/2.html", ListPages.pagePath("zoeken/bso.html", 2));
    }
}
