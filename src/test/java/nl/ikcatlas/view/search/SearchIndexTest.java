package nl.ikcatlas.view.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteViews;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    /** Beside the valid site's place of each kind a second one, whose file comes later but whose name comes first. */
    private static final TinySite SITE = TinySite.valid().with("""
            -- data/schools/palet.yaml --
            id: palet
            vestigingscode: 17AB01
            name: Basisschool Het Palet
            board: bestuur
            address: Dorpsstraat 5
            postcode: 2665 AA
            place: Dorp
            coordinates: {lat: 52.002, lon: 4.502}
            area: dorp
            denomination: Openbaar
            source: duo
            -- data/childcare/zon.yaml --
            id: zon
            name: BSO De Zon
            holder: houder
            care_types: [bso, tso]
            vve: false
            address: Dorpsweg 2
            postcode: 2665 AA
            place: Dorp
            coordinates: {lat: 52.003, lon: 4.503}
            area: dorp
            source: voorbeeld
            -- data/kindcentra/mfa.yaml --
            id: mfa
            name: Brede School Dorp
            area: dorp
            schools: [palet]
            scenario: mfa
            lead: opvang
            interest: 2
            housing:
              situation: loopafstand
            source: voorbeeld
            """);
    private final List<SearchEntry> entries = new SearchIndex(new SiteViews().context(SITE.load(), List.of())).entries();

    @Test
    void kindcentraThenSchoolsThenChildcareEachInNameOrder() {
        assertEquals(List.of("Brede School Dorp", "Kindcentrum De School", "Basisschool Het Palet", "De School",
                "BSO De Zon", "Opvang De Wei"), entries.stream().map(SearchEntry::name).toList());
    }

    @Test
    void aChildcareLocationIsFoundByNameHolderStreetPostcodeWithAndWithoutSpaceAndArea() {
        assertEquals(new SearchEntry("opvang", "BSO De Zon", "opvang/zon.html", "Dorpsweg 2, 2665 AA Dorp",
                List.of("BSO en TSO", "Geen VVE"), List.of("dorp"), List.of("bso", "tso"), false, 0,
                "bso de zon kinderopvang houder dorpsweg 2 2665 aa 2665aa dorp dorp", 52.003, 4.503), entries.get(4));
    }

    @Test
    void aKindcentrumHasTheCareOfItsLocationsItsLevelAndEveryAreaAroundIt() {
        SearchEntry kc = entries.get(1);
        assertEquals(List.of("Geen samenwerking", "Meting 2025: meestal Los van elkaar (1 van 2)",
                "Dagopvang en BSO, met VVE"), kc.facts());
        assertEquals(List.of("noord", "dorp"), kc.areas());
        assertEquals(List.of("kdv", "bso"), kc.care());
        assertTrue(kc.vve());
        assertEquals(1, kc.level());
        assertEquals("kindcentrum de school de school schoolstraat 1 2651 ab 2651ab dorp opvang de wei schoolstraat 3"
                + " 2651 ab 2651ab dorp schoolstraat 1 2651 ab 2651ab dorp noord dorp", kc.text());
        assertEquals(List.of("Nog geen meting"), entries.get(0).facts());
        assertEquals(0, entries.get(0).level());
    }

    @Test
    void aKindcentrumCardSaysWhatItsLevelMeansInTheInstrumentsWords() {
        TinySite site = SITE.with(TinySite.FIVE_LEVELS).with("""
                -- data/kindcentra/mfa.yaml --
                id: mfa
                name: Brede School Dorp
                area: dorp
                schools: [palet]
                scenario: mfa
                lead: opvang
                interest: 2
                housing:
                  situation: loopafstand
                source: voorbeeld
                assessments:
                  - year: 2025
                    source: voorbeeld
                    levels: {bestuurlijke-samenwerking: back-to-back, kwaliteitsbeleid: back-to-back}
                """);
        List<SearchEntry> five = new SearchIndex(new SiteViews().context(site.load(), List.of())).entries();
        assertEquals(List.of("Samenvatting Rug aan rug", "Meting 2025: meestal Rug aan rug (1 van 5)"),
                five.get(0).facts());
        assertEquals(List.of("Samenvatting Hand in hand", "Meting 2025: meestal Hand in hand (3 van 5)",
                "Dagopvang en BSO, met VVE"), five.get(1).facts());
    }

    @Test
    void aSchoolInAKindcentrumCarriesItsLevel() {
        SearchEntry school = entries.get(3);
        assertEquals(List.of("Basisschool", "Openbaar", "Deel van Kindcentrum De School"), school.facts());
        assertEquals(1, school.level());
        assertEquals(List.of(), school.care());
    }

    @Test
    void normalisingDropsAccentsCaseAndPunctuation() {
        assertEquals("oosthoek 2665 es creche", SearchIndex.normalise("Oosthoek, 2665-ES (Crèche)"));
        for (String s : List.of("", "  ", "--a--", "A  B\tC\n", "Ünïcode İstanbul K", "x_y z.1", "'s-Gravenhage",
                "ÆØÅ ß ﬁ", "  De Linde (BSO)  ", "12-34")) {
            String plain = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            assertEquals(plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim(),
                    SearchIndex.normalise(s), s);
        }
    }

    @Test
    void theScriptDefinesTheIndexAndCannotCloseAScriptElement() {
        SiteFile file = new SearchIndexScript().file(
                new SearchIndex(new SiteViews().context(SITE.with("""
                        -- data/kindcentra/mfa.yaml --
                        id: mfa
                        name: Brede School Dorp<script>alert(1)</script>
                        area: dorp
                        schools: [palet]
                        scenario: mfa
                        lead: opvang
                        interest: 2
                        housing:
                          situation: loopafstand
                        source: voorbeeld
                        """).load(), List.of())).entries(), Map.of("2665AA", new Coordinates(52.0025, 4.5025)));
        assertEquals("zoeken/zoekindex.js", file.path());
        String js = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("/* Zoekindex van de IKC-atlas; gemaakt bij het bouwen van de site. */\n"
                + "window.IKC_ZOEKINDEX = [{\"kind\":\"kindcentrum\",\"name\":\"Brede School Dorp\\u003cscript>"), js);
        assertTrue(js.endsWith("];\nwindow.IKC_POSTCODES = {\"2665AA\":[52.0025,4.5025]};\n"), js);
        assertFalse(js.contains("<"), js);
    }
}
