package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentences with a number say one place in the singular and more places in the plural. */
class CountPhrasesSiteTest {
    /** The valid site with only its childcare location left. */
    private static final TinySite ONE = TinySite.valid().with("""
            -- data/kindcentra/kc.yaml --
            (deleted)
            -- data/schools/de-school.yaml --
            (deleted)
            """);

    /** The valid site with a second kindcentrum, school and childcare location. */
    private static final TinySite TWO = TinySite.valid().with("""
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
            care_types: [bso]
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
            childcare: [zon]
            scenario: mfa
            lead: opvang
            interest: 2
            housing:
              situation: loopafstand
            source: voorbeeld
            """);

    @Test
    void onePlaceIsSingular(@TempDir Path dir) {
        String map = BuiltSite.fragment(SiteFiles.read(BuiltSite.buildWithoutPdf(ONE, dir), "index.html"),
                "<figure class=\"kaart", "</figure>");
        assertTrue(map.contains("<p>Op de kaart staat 1 opvanglocatie. Het noorden is boven."), map);
        assertTrue(map.contains("<summary>Lijst van 1 plek op de kaart</summary>"), map);
    }

    @Test
    void twoOfEachArePlural(@TempDir Path dir) {
        String map = BuiltSite.fragment(SiteFiles.read(BuiltSite.buildWithoutPdf(TWO, dir), "index.html"),
                "<figure class=\"kaart", "</figure>");
        assertTrue(map.contains("<p>Op de kaart staan 2 kindcentra, 2 scholen en 2 opvanglocaties. Het noorden is"
                + " boven."), map);
        assertTrue(map.contains("<summary>Lijst van de 6 plekken op de kaart</summary>"), map);
    }
}
