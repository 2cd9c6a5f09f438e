package nl.ikcatlas.view.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.testing.TinyAtlas;
import nl.ikcatlas.view.SiteViews;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private final List<SearchEntry> entries = new SearchIndex(new SiteViews().context(TinyAtlas.build(), List.of())).entries();

    @Test
    void kindcentraThenSchoolsThenChildcareEachInNameOrder() {
        assertEquals(List.of("IKC De Gouden Griffel", "MFA Zuid", "De Oosthoek", "De Tuin", "Het Palet",
                "BSO De Tuin", "Het Zonnetje"), entries.stream().map(SearchEntry::name).toList());
    }

    @Test
    void aChildcareLocationIsFoundByNameHolderStreetPostcodeWithAndWithoutSpaceAndArea() {
        assertEquals(new SearchEntry("opvang", "BSO De Tuin", "opvang/bso-tuin.html", "Tuinweg 2, 2665 AA Bleiswijk",
                List.of("BSO en TSO", "Geen VVE"), List.of("bleiswijk"), List.of("bso", "tso"), false, 0,
                "bso de tuin small steps tuinweg 2 2665 aa 2665aa bleiswijk bleiswijk"), entries.get(5));
    }

    @Test
    void aKindcentrumHasTheCareOfItsLocationsItsLevelAndEveryAreaAroundIt() {
        SearchEntry griffel = entries.get(0);
        assertEquals(List.of("School en opvang werken hier samen", "Meting 2025: meestal Hand in hand (3 van 5)",
                "Dagopvang en peuteropvang, met VVE"), griffel.facts());
        assertEquals(List.of("noord", "berkel"), griffel.areas());
        assertEquals(List.of("kdv", "peuteropvang"), griffel.care());
        assertTrue(griffel.vve());
        assertEquals(3, griffel.level());
        assertEquals("ikc de gouden griffel de oosthoek schoolstraat 1 2651 ab 2651ab berkel het zonnetje zonnelaan 1"
                + " 2651 ab 2651ab berkel en rodenrijs schoolstraat 1 2651 ab 2651ab berkel noord berkel en rodenrijs",
                griffel.text());
    }

    @Test
    void aSchoolInAKindcentrumCarriesItsLevel() {
        SearchEntry school = entries.get(2);
        assertEquals(List.of("Basisschool", "Openbaar", "Deel van IKC De Gouden Griffel"), school.facts());
        assertEquals(3, school.level());
        assertEquals(List.of(), school.care());
    }

    @Test
    void normalisingDropsAccentsCaseAndPunctuation() {
        assertEquals("oosthoek 2665 es creche", SearchIndex.normalise("Oosthoek, 2665-ES (Crèche)"));
    }

    @Test
    void theScriptDefinesTheIndexAndCannotCloseAScriptElement() {
        SiteFile file = new SearchIndexScript().file(
                new SearchIndex(new SiteViews().context(TinyAtlas.build(TinyAtlas.SCRIPT), List.of())).entries());
        assertEquals("zoeken/zoekindex.js", file.path());
        String js = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("/* Zoekindex van de IKC-atlas; gemaakt bij het bouwen van de site. */\n"
                + "window.IKC_ZOEKINDEX = [{\"kind\":\"kindcentrum\",\"name\":\"IKC De Gouden Griffel\\u003cscript>"), js);
        assertTrue(js.endsWith("];\n"));
        assertFalse(js.contains("<"), js);
    }
}
