package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map with more places than the limit shows the areas with their counts instead. The tiny atlas has
 * five places: three in the wijk Noord, one in the wijk Zuid and one in the kern Dorp outside both;
 * the limit is 3.
 */
class OverviewMapTest {
    @TempDir
    Path dir;

    private static final TinySite SITE = TinySite.valid().with("""
            -- data/areas/zuid.yaml --
            id: zuid
            name: Zuid
            kind: wijk
            cbs_code: WK162102
            parent: dorp
            source: duo
            -- data/childcare/zuid.yaml --
            id: zuid
            name: Opvang Het Zuiden
            holder: houder
            care_types: [bso]
            vve: false
            address: Zuidstraat 5
            postcode: 2651 AC
            place: Dorp
            coordinates: {lat: 51.99, lon: 4.52}
            area: zuid
            source: voorbeeld
            -- data/childcare/midden.yaml --
            id: midden
            name: Opvang Midden
            holder: houder
            care_types: [kdv]
            vve: false
            address: Dorpsplein 1
            postcode: 2651 AD
            place: Dorp
            coordinates: {lat: 51.995, lon: 4.51}
            area: dorp
            source: voorbeeld
            """);

    /** The site with a map limit of 3 places, built once for the tests that read it. */
    private static Path limitThree;

    @BeforeAll
    static void buildWithLimitThree(@TempDir Path shared) {
        limitThree = build(shared, 3);
    }

    @Test
    void homeMapAboveTheLimitShowsEachTopAreaWithItsCounts() {
        String home = SiteFiles.read(limitThree, "index.html");
        assertEquals("""
                <desc id="kaart-uitleg">Er zijn te veel plekken om los te tonen. De kaart toont per gebied hoeveel\
                 er zijn. Samen zijn het 1 kindcentrum, 1 school en 3 opvanglocaties. Het noorden is boven.</desc>""",
                BuiltSite.fragment(home, "<desc", "</desc>"));
        assertEquals("<a class=\"kaart-punt kaart-punt-gebied\" href=\"gebieden/dorp.html\" aria-label=\"Dorp: 1 kindcentrum,"
                + " 1 school en 3 opvanglocaties\" data-lat=\"51.9955\" data-lon=\"4.51\"><title>Dorp: 1 kindcentrum, 1 school en 3 opvanglocaties</title><rect"
                + " class=\"vorm\" x=\"306\" y=\"206\" width=\"28\" height=\"28\" rx=\"14\"/><text class=\"kaart-getal\" x=\"320\""
                + " y=\"225.5\" text-anchor=\"middle\">5</text></a>", BuiltSite.fragment(home, "<a class=\"kaart-punt", "</a>"));
        assertEquals("""
                <ul class="kaart-legenda" aria-label="Legenda">
                    <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> Gebied, met het aantal\
                 plekken</li>
                    </ul>
                    <p>Er zijn te veel plekken om los te tonen. De kaart toont per gebied hoeveel er zijn. Samen zijn het\
                 1 kindcentrum, 1 school en 3 opvanglocaties. Het noorden is boven. Klik op een getal om naar de pagina\
                 van dat gebied te gaan.</p>
                    <p>De lijnen om de gebieden zijn geen officiële grenzen. Wij hebben die getekend om de plekken in de\
                 gebieden heen.</p>
                    <p class="kaart-bron">Achtergrond van de interactieve kaart: Kaartgegevens © Kadaster.</p>
                  <details class="kaart-lijst">
                    <summary>Lijst van 1 gebied, met het aantal plekken</summary>
                    <ul>
                      <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> <a\
                 href="gebieden/dorp.html">Dorp</a>: 1 kindcentrum, 1 school en 3 opvanglocaties</li>
                    </ul>
                  </details>
                  </figcaption>
                </figure>""", BuiltSite.fragment(home, "<ul class=\"kaart-legenda\"", "</figure>"));
        // the interactive map reads the outlines and areas from the SVG: the map data has the picture's corners
        assertTrue(home.contains("&quot;picture&quot;:{&quot;width&quot;:640.0,&quot;height&quot;:440.0,"
                + "&quot;corners&quot;:[[52.004106,4.489668],[51.986893,4.530331]]}}\" aria-labelledby=\"kaart-titel\">"), home);
        assertFalse(home.contains("areaCounts"), home);
        assertFalse(home.contains("rings"), home);
        assertFalse(home.contains("kaart-punt-school"), home);
        assertFalse(home.contains("&quot;clusterRadius&quot;"), home);
    }

    @Test
    void areaMapAboveTheLimitShowsItsWijkenAndThePlacesInNoneOfThem() {
        String dorp = SiteFiles.read(limitThree, "gebieden/dorp.html");
        assertEquals("""
                <a class="kaart-punt kaart-punt-gebied" href="../gebieden/noord.html" aria-label="Noord: 1 kindcentrum, 1 school\
                 en 1 opvanglocatie" data-lat="52.0005" data-lon="4.5005"><title>Noord: 1 kindcentrum, 1 school en 1 opvanglocatie</title><rect class="vorm"\
                 x="156.5" y="78.2" width="28" height="28" rx="14"/><text class="kaart-getal" x="170.5" y="97.7"\
                 text-anchor="middle">3</text></a>
                    <a class="kaart-punt kaart-punt-gebied" href="../gebieden/zuid.html" aria-label="Zuid: 1 opvanglocatie"\
                 data-lat="51.99" data-lon="4.52"><title>Zuid: 1 opvanglocatie</title><rect class="vorm" x="463.4" y="346.6" width="28" height="28" rx="14"/>\
                <text class="kaart-getal" x="477.4" y="366.1" text-anchor="middle">1</text></a>
                    <a class="kaart-punt kaart-punt-gebied" href="../gebieden/dorp.html" aria-label="Andere plekken in Dorp:\
                 1 opvanglocatie" data-lat="51.995" data-lon="4.51"><title>Andere plekken in Dorp: 1 opvanglocatie</title><rect class="vorm" x="306" y="218.8"\
                 width="28" height="28" rx="14"/><text class="kaart-getal" x="320" y="238.3" text-anchor="middle">1</text></a>
                    <g class="kaart-schaal" aria-hidden="true">
                      <path d="M16 424v-6M16 424H130.8v-6"/>
                      <text x="16" y="424" dx="4" dy="-9">500 m</text>
                    </g>""", BuiltSite.fragment(dorp, "<a class=\"kaart-punt", "</g>"));
        assertEquals("""
                <details class="kaart-lijst">
                    <summary>Lijst van de 3 gebieden, met het aantal plekken</summary>
                    <ul>
                      <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> <a\
                 href="../gebieden/noord.html">Noord</a>: 1 kindcentrum, 1 school en 1 opvanglocatie</li>
                      <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> <a\
                 href="../gebieden/zuid.html">Zuid</a>: 1 opvanglocatie</li>
                      <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> <a\
                 href="../gebieden/dorp.html">Andere plekken in Dorp</a>: 1 opvanglocatie</li>
                    </ul>
                  </details>""", BuiltSite.fragment(dorp, "<details class=\"kaart-lijst\"", "</details>"));
    }

    @Test
    void mapsAtTheLimitStayAsTheyAre() {
        String limited = SiteFiles.read(limitThree, "gebieden/noord.html");
        String usual = SiteFiles.read(BuiltSite.buildWithoutPdf(SITE, dir.resolve("usual")), "gebieden/noord.html");
        assertEquals(BuiltSite.fragment(usual, "<figure", "</figure>"), BuiltSite.fragment(limited, "<figure", "</figure>"));
        assertTrue(limited.contains("<summary>Lijst van de 3 plekken op de kaart</summary>"), limited);
    }

    @Test
    void areaWithoutWijkenAboveTheLimitShowsItselfWithItsCounts() {
        String noord = SiteFiles.read(build(2), "gebieden/noord.html");
        assertEquals("""
                <details class="kaart-lijst">
                    <summary>Lijst van 1 gebied, met het aantal plekken</summary>
                    <ul>
                      <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> <a\
                 href="../gebieden/noord.html">Noord</a>: 1 kindcentrum, 1 school en 1 opvanglocatie</li>
                    </ul>
                  </details>""", BuiltSite.fragment(noord, "<details class=\"kaart-lijst\"", "</details>"));
    }

    private Path build(int maxMapPlaces) {
        return build(dir, maxMapPlaces);
    }

    private static Path build(Path dir, int maxMapPlaces) {
        return BuiltSite.build(SITE, dir.resolve("limit" + maxMapPlaces), new AtlasPipeline(maxMapPlaces));
    }
}
