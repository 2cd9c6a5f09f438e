package nl.ikcatlas.view.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteViews;
import org.junit.jupiter.api.Test;

/** The pages of one long list: which cards land where, the page numbers shown and the index of its groups. */
class ListPagesTest {
    private final Layouts layouts = new SiteViews().context(TinySite.valid().load(), List.of()).layouts();

    /** Thirty-one kernen of one school each, "Kern 01" to "Kern 31", one card a page. */
    private List<Page> thirtyOneKernen() {
        List<ListView.Group> groups = new ArrayList<>();
        for (int i = 1; i <= 31; i++) {
            String name = String.format("Kern %02d", i);
            groups.add(new ListView.Group(name, List.of(new Card("scholen/s" + i + ".html", "School " + i, List.of()))));
        }
        return new ListPages(layouts, 1).pages("scholen/index.html", Section.SCHOOLS, List.of(),
                new ListPages.Content("Scholen", "Alle scholen.", "31", groups, new SourceNotes(Map.of())));
    }

    @Test
    void thePageNumbersAreTheFirstTheLastAndTwoEitherSideOfTheCurrentWithGapsBetween() {
        List<Page> pages = thirtyOneKernen();
        assertEquals(31, pages.size());
        assertEquals("scholen/pagina/10.html", pages.get(9).path());
        ListView.Pager pager = ((ListView) pages.get(9).view()).pager();
        assertEquals("Pagina 10 van 31", pager.label());
        assertEquals(List.of("1", "\u2026", "8", "9", "10", "11", "12", "\u2026", "31"),
                pager.numbers().stream().map(NavItem::label).toList());
        assertEquals(List.of("../../scholen/index.html", "", "../../scholen/pagina/8.html"),
                pager.numbers().subList(0, 3).stream().map(n -> n.href() == null ? "" : n.href()).toList());
        assertTrue(pager.numbers().get(4).current());
        assertNull(pager.numbers().get(4).href());
        assertEquals(new Link("../../scholen/pagina/9.html", "Vorige pagina"), pager.previous());
        assertEquals(new Link("../../scholen/pagina/11.html", "Volgende pagina"), pager.next());

        ListView.Pager first = ((ListView) pages.get(0).view()).pager();
        assertEquals(List.of("1", "2", "3", "\u2026", "31"), first.numbers().stream().map(NavItem::label).toList());
        assertNull(first.previous());
    }

    @Test
    void anIndexOfMoreThanThirtyGroupsIsFoldedAndLinksToWhereEachGroupStarts() {
        ListView first = (ListView) thirtyOneKernen().get(0).view();
        assertTrue(first.pager().indexFolded());
        assertEquals("Ga naar een kern", first.pager().indexLabel());
        assertEquals(new Link("../scholen/pagina/31.html#groep-30", "Kern 31"), first.pager().index().get(30));
        assertEquals(new Link("../scholen/pagina/2.html#groep-1", "Kern 02"), first.pager().index().get(1));
        assertEquals("../scholen/s1.html", first.groups().get(0).items().get(0).href());
    }

    @Test
    void aListWithinTheLimitIsOnePageWithoutPager() {
        List<Page> pages = new ListPages(layouts, 31).pages("scholen/index.html", Section.SCHOOLS, List.of(),
                new ListPages.Content("Scholen", "Alle scholen.", "1", List.of(new ListView.Group(null,
                        List.of(new Card("scholen/s.html", "School", List.of())))), new SourceNotes(Map.of())));
        assertEquals(List.of("scholen/index.html"), pages.stream().map(Page::path).toList());
        ListView only = (ListView) pages.get(0).view();
        assertNull(only.pager());
        assertEquals("../scholen/s.html", only.groups().get(0).items().get(0).href());
    }

    @Test
    void namesAreFiledUnderTheirFirstLetterWithoutAccentAndOthersUnderDigits() {
        assertEquals("E", ListPages.letter("\u00c9\u00e9n Kind"));
        assertEquals("T", ListPages.letter("'t Kompas"));
        assertEquals("0-9", ListPages.letter("3 Eiken"));
        assertEquals("Z", ListPages.letter("zon"));
    }
}
