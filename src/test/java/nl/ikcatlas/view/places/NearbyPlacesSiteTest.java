package nl.ikcatlas.view.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "In de buurt" on a place's page: the nearest open places of its area, at most ten, and a link to all. */
class NearbyPlacesSiteTest {

    /** The valid site with {@code n} more BSO locations in Noord, each about 111 m further north than the last. */
    private static TinySite withBso(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append("""
                    -- data/childcare/bso-%1$d.yaml --
                    id: bso-%1$d
                    name: BSO %1$d
                    holder: houder
                    care_types: [bso]
                    vve: false
                    address: Noordweg %1$d
                    postcode: 2651 AC
                    place: Dorp
                    coordinates: {lat: %2$s, lon: 4.5}
                    area: noord
                    source: voorbeeld
                    """.formatted(i, String.valueOf(52.0 + i * 0.001)));
        }
        return TinySite.valid().with(text.toString());
    }

    private static String section(Path site, String page, String id) {
        return BuiltSite.fragment(SiteFiles.read(site, page), "<section aria-labelledby=\"" + id + "\">", "</section>");
    }

    @Test
    void aBigAreaShowsTheTenNearestAndLinksToAll(@TempDir Path dir) {
        String nearby = section(BuiltSite.buildWithoutPdf(withBso(11), dir), "scholen/de-school.html", "opvang");
        StringBuilder expected = new StringBuilder("""
                <section aria-labelledby="opvang">
                  <h2 id="opvang">Opvang in de buurt</h2>
                <p>De 10 opvanglocaties die het dichtstbij zijn. In Noord zijn er 12.</p>
                <ul class="cards" data-readability="skip">
                """);
        expected.append("<li class=\"card\"><a class=\"card-title\" href=\"../opvang/bso-1.html\">BSO 1</a>"
                + "<span class=\"card-fact\">100 m hiervandaan</span><span class=\"card-fact\">BSO</span>"
                + "<span class=\"card-fact\">Geen VVE</span><span class=\"card-fact\">Noordweg 1, 2651 AC Dorp</span>"
                + "<span class=\"card-fact\">Geen deel van een kindcentrum</span></li>\n");
        assertEquals(expected.toString(), nearby.substring(0, expected.length()), nearby);
        // Opvang De Wei (about 150 m away) is second; BSO 10 and 11 are the furthest
        assertEquals(10, nearby.split("<li class=\"card\">", -1).length - 1, nearby);
        assertEquals(1, nearby.split("href=\"../opvang/opvang.html\">Opvang De Wei</a><span class=\"card-fact\">"
                + "150 m hiervandaan</span>", -1).length - 1, nearby);
        assertFalse(nearby.contains("BSO 10<"), nearby);
        assertFalse(nearby.contains("BSO 11<"), nearby);
        assertTrue(nearby.endsWith("""
                </ul>
                <p><a href="../gebieden/noord.html#opvang">Alle 12 opvanglocaties in Noord</a></p>
                </section>"""), nearby);
    }

    @Test
    void aSmallAreaShowsAllNearestFirst(@TempDir Path dir) {
        String nearby = section(BuiltSite.buildWithoutPdf(withBso(1), dir), "scholen/de-school.html", "opvang");
        assertTrue(nearby.contains("<p>De 2 opvanglocaties in Noord, de dichtstbijzijnde eerst.</p>"), nearby);
        assertTrue(nearby.indexOf(">BSO 1</a>") < nearby.indexOf(">Opvang De Wei</a>"), nearby);
        assertFalse(nearby.contains("Alle "), nearby);
    }

    @Test
    void aChildcarePageNamesItsOnlySchoolWithoutIntro(@TempDir Path dir) {
        String nearby = section(BuiltSite.buildWithoutPdf(TinySite.valid(), dir), "opvang/opvang.html", "scholen");
        assertEquals("""
                <section aria-labelledby="scholen">
                  <h2 id="scholen">Scholen in de buurt</h2>
                <ul class="cards" data-readability="skip">
                <li class="card"><a class="card-title" href="../scholen/de-school.html">De School</a><span class="card-fact">150 m hiervandaan</span><span class="card-fact">Schoolstraat 1, 2651 AB Dorp</span><span class="card-fact">Openbaar</span><span class="card-fact">Kindcentrum: Kindcentrum De School (meting 2025: meestal Los van elkaar (1 van 2))</span></li>
                </ul>
                </section>""", nearby);
    }
}
