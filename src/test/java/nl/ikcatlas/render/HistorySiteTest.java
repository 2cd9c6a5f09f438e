package nl.ikcatlas.render;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny atlas whose places opened, closed and were renamed in 2024 and 2025 (edition 1 november 2026):
 * the page of changes, the figures of the area and the pages of the places.
 */
class HistorySiteTest {
    @TempDir
    static Path dir;
    static Path site;

    /** Also used by {@link ClosedPlacesSiteTest}. */
    static final String HISTORY = """
            -- data/areas/west.yaml --
            id: west
            name: West
            kind: wijk
            cbs_code: WK162103
            parent: dorp
            source: duo
            -- data/schools/westschool.yaml --
            id: westschool
            vestigingscode: 16DB05
            name: De Westschool
            board: bestuur
            address: Westweg 1
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.0, lon: 4.49}
            area: west
            denomination: Openbaar
            pupils: {count: 210, year: 2025, source: voorbeeld}
            source: duo
            -- data/areas/zuid.yaml --
            id: zuid
            name: Zuid
            kind: wijk
            cbs_code: WK162102
            parent: dorp
            source: duo
            -- data/childcare/opvang.yaml --
            id: opvang
            name: Opvang De Wei
            holder: houder
            care_types: [kdv, bso]
            places: {kdv: 16, bso: 40}
            vve: true
            address: Schoolstraat 3
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.501}
            area: noord
            former_names:
              - name: Peuterspeelzaal De Wei
                until: 2025-03-01
            source: voorbeeld
            -- data/childcare/nieuw.yaml --
            id: nieuw
            name: BSO Nieuwland
            holder: houder
            care_types: [bso]
            places: {bso: 20}
            vve: false
            address: Schoolstraat 5
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.502}
            area: noord
            opened: 2024-09-02
            source: voorbeeld
            -- data/childcare/oud.yaml --
            id: oud
            name: Peuteropvang Het Oude Huis
            holder: houder
            care_types: [peuteropvang]
            places: {peuteropvang: 16}
            vve: true
            address: Schoolstraat 7
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.503}
            area: noord
            opened: 2019-01-07
            closed: 2025-07-31
            source: voorbeeld
            -- data/childcare/later.yaml --
            id: later
            name: Opvang Later
            holder: houder
            care_types: [kdv]
            vve: false
            address: Schoolstraat 9
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.504}
            area: noord
            opened: 2027-01-04
            source: voorbeeld
            -- data/kindcentra/kc.yaml --
            id: kc
            name: Kindcentrum De School
            area: noord
            schools: [de-school]
            childcare: [opvang]
            scenario: school
            lead: samen
            interest: 1
            housing:
              situation: een-gebouw
            opened: 2024-01-15
            source: voorbeeld
            assessments:
              - year: 2024
                source: voorbeeld
                levels:
                  visie: los
                  ruimte: los
              - year: 2025
                date: 2025-05-01
                source: voorbeeld
                levels:
                  visie: samen
                  ruimte: los
            """;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildWithoutPdf(TinySite.valid().with(HISTORY), dir);
    }

    @Test
    void changesPageListsEveryKindOfChangeNewestYearFirst() {
        String html = SiteFiles.read(site, "wijzigingen.html");
        assertEquals("""
                <tbody>
                    <tr><th scope="row"><a href="#jaar-2025">2025</a></th><td data-label="Metingen">1</td><td data-label="Thema's hoger">1</td>\
                <td data-label="Thema's lager">0</td><td data-label="Geopend">0</td><td data-label="Gesloten">1</td><td data-label="Nieuwe naam">1</td></tr>
                    <tr><th scope="row"><a href="#jaar-2024">2024</a></th><td data-label="Metingen">1</td><td data-label="Thema's hoger">0</td>\
                <td data-label="Thema's lager">0</td><td data-label="Geopend">2</td><td data-label="Gesloten">0</td><td data-label="Nieuwe naam">0</td></tr>
                    <tr><th scope="row"><a href="#jaar-2019">2019</a></th><td data-label="Metingen">0</td><td data-label="Thema's hoger">0</td>\
                <td data-label="Thema's lager">0</td><td data-label="Geopend">1</td><td data-label="Gesloten">0</td><td data-label="Nieuwe naam">0</td></tr>
                  </tbody>""", fragment(html, "<tbody>", "</tbody>"));
        assertEquals("""
                <section aria-labelledby="jaar-2025">
                  <h2 id="jaar-2025">2025</h2>
                  <details class="changes-details"><summary>Alle wijzigingen in 2025</summary>
                  <h3 id="jaar-2025-metingen">Metingen</h3>
                  <ul>
                    <li><a href="kindcentra/kc.html">Kindcentrum De School</a>: 1 thema hoger, 0 lager en 1 gelijk, vergeleken met 2024.
                      <ul><li>Visie: hoger, van Los van elkaar naar Samen.</li></ul></li>
                  </ul>
                  <h3 id="jaar-2025-voorzieningen">Scholen, opvang en kindcentra</h3>
                  <ul>
                    <li>1 maart 2025: Opvanglocatie Peuterspeelzaal De Wei heet nu Opvang De Wei. <span class="screen-only"><a href="opvang/opvang.html">Pagina van Opvang De Wei</a></span></li>
                    <li>31 juli 2025: Opvanglocatie Peuteropvang Het Oude Huis is gesloten. <span class="screen-only"><a href="opvang/oud.html">Pagina van Peuteropvang Het Oude Huis</a></span></li>
                  </ul>
                  </details>
                </section>""", fragment(html, "<section aria-labelledby=\"jaar-2025\">", "</section>"));
        assertEquals("""
                <section aria-labelledby="jaar-2024">
                  <h2 id="jaar-2024">2024</h2>
                  <details class="changes-details"><summary>Alle wijzigingen in 2024</summary>
                  <h3 id="jaar-2024-metingen">Metingen</h3>
                  <ul>
                    <li><a href="kindcentra/kc.html">Kindcentrum De School</a>: Eerste meting.</li>
                  </ul>
                  <h3 id="jaar-2024-voorzieningen">Scholen, opvang en kindcentra</h3>
                  <ul>
                    <li>15 januari 2024: Kindcentrum De School is gestart. <span class="screen-only"><a href="kindcentra/kc.html">Pagina van Kindcentrum De School</a></span></li>
                    <li>2 september 2024: Opvanglocatie BSO Nieuwland is geopend. <span class="screen-only"><a href="opvang/nieuw.html">Pagina van BSO Nieuwland</a></span></li>
                  </ul>
                  </details>
                </section>""", fragment(html, "<section aria-labelledby=\"jaar-2024\">", "</section>"));
        // opening in 2027, after the edition: planned, not yet a change
        assertFalse(html.contains("Opvang Later"), html);
        assertTrue(html.contains("<h2 id=\"jaar-2019\">2019</h2>\n  <details class=\"changes-details\"><summary>Alle wijzigingen"
                + " in 2019</summary>\n  <h3 id=\"jaar-2019-voorzieningen\">Scholen, opvang"
                + " en kindcentra</h3>\n  <ul>\n    <li>7 januari 2019: Opvanglocatie Peuteropvang Het Oude Huis is geopend."), html);
        assertEquals("""
                <div class="notice" role="note">
                    <p><strong>Voorbeeldgegevens.</strong> Op deze pagina zijn dit voorbeeldgegevens: de ambitieniveaus en de openingen, sluitingen en nieuwe namen. Ze zijn bedacht om te laten zien hoe de atlas werkt.</p>
                  </div>""", fragment(html, "<div class=\"notice\" role=\"note\">", "</div>"));
    }

    @Test
    void areaFiguresLeaveTheClosedPlaceOutAndUseCurrentNames() {
        String html = SiteFiles.read(site, "gebieden/noord.html");
        assertEquals("<tr><th scope=\"row\">Scholen</th><td>1</td></tr>"
                + "<tr><th scope=\"row\">Leerlingen</th><td>Niet bekend</td></tr>"
                + "<tr><th scope=\"row\">Opvanglocaties</th><td>2</td></tr>"
                + "<tr><th scope=\"row\">Dagopvang</th><td>1 locatie, 16 kindplaatsen</td></tr>"
                + "<tr><th scope=\"row\">BSO</th><td>2 locaties, 60 kindplaatsen</td></tr>"
                + "<tr><th scope=\"row\">Locaties met VVE</th><td>1</td></tr>",
                fragment(html, "<tr><th scope=\"row\">Scholen</th>", "<tr><th scope=\"row\">Locaties met VVE</th><td>1</td></tr>"));
        assertEquals("<li><span class=\"figure-value\">1</span> <span class=\"figure-label\">kindcentrum</span></li>"
                + "<li><span class=\"figure-value\">1</span> <span class=\"figure-label\">school</span></li>"
                + "<li><span class=\"figure-value\">2</span> <span class=\"figure-label\">opvanglocaties</span></li>"
                + "<li><span class=\"figure-value\">1</span> <span class=\"figure-label\">locatie met VVE</span></li>",
                fragment(html, "<li><span class=\"figure-value\">", "locatie met VVE</span></li>"));
        // the closed place is still listed, saying it has closed
        assertTrue(html.contains("<a class=\"card-title\" href=\"../opvang/oud.html\">Peuteropvang Het Oude Huis</a>"
                + "<span class=\"card-fact\">Gesloten sinds 31 juli 2025</span><span class=\"card-fact\">Peuteropvang</span>"),
                html);
        assertTrue(html.contains("<a class=\"card-title\" href=\"../opvang/opvang.html\">Opvang De Wei</a>"), html);
        assertTrue(html.contains("<a class=\"card-title\" href=\"../opvang/later.html\">Opvang Later</a>"
                + "<span class=\"card-fact\">Gaat open op 4 januari 2027</span>"), html);
    }

    @Test
    void homeFiguresAndAreaCardsCountOnlyOpenPlacesToo() {
        String home = SiteFiles.read(site, "index.html");
        assertTrue(home.contains("<span class=\"figure-value\">2</span> <span class=\"figure-label\">opvanglocaties"),
                home);
        String areas = SiteFiles.read(site, "gebieden/index.html");
        assertTrue(areas.contains("<a class=\"card-title\" href=\"../gebieden/noord.html\">Noord</a>"
                + "<span class=\"card-fact\">Wijk</span><span class=\"card-fact\">1 school, 2 opvanglocaties, 1 kindcentrum</span>"),
                areas);
    }

    @Test
    void anAreaWithoutSchoolsHasNoPupilsRatherThanUnknownPupils() {
        String html = SiteFiles.read(site, "gebieden/zuid.html");
        assertTrue(html.contains("<tr><th scope=\"row\">Scholen</th><td>0</td></tr>"
                + "<tr><th scope=\"row\">Leerlingen</th><td>0</td></tr>"), html);
    }

    @Test
    void pupilNumbersCiteTheirSource() {
        String html = SiteFiles.read(site, "gebieden/west.html");
        assertTrue(html.contains("<tr><th scope=\"row\">Leerlingen</th><td>210</td></tr>"), html);
        assertTrue(html.contains("<p><strong>Voorbeeldgegevens.</strong> Op deze pagina zijn dit voorbeeldgegevens:"
                + " de aantallen leerlingen."), html);
    }

    @Test
    void placePagesTellTheirHistory() {
        String closed = SiteFiles.read(site, "opvang/oud.html");
        assertTrue(closed.contains("<p class=\"lead\"><strong>Deze opvanglocatie is gesloten sinds 31 juli 2025.</strong></p>"),
                closed);
        assertTrue(closed.contains("<div><dt>Geopend</dt><dd>7 januari 2019</dd></div>"
                + "<div><dt>Gesloten</dt><dd>31 juli 2025</dd></div>\n</dl>"), closed);
        String renamed = SiteFiles.read(site, "opvang/opvang.html");
        assertTrue(renamed.contains("<h1>Opvang De Wei</h1>"), renamed);
        assertTrue(renamed.contains("<div><dt>Vroegere naam</dt><dd>Peuterspeelzaal De Wei (tot 1 maart 2025)</dd></div>"),
                renamed);
        String later = SiteFiles.read(site, "opvang/later.html");
        assertTrue(later.contains("<p class=\"lead\"><strong>Deze opvanglocatie gaat open op 4 januari 2027.</strong></p>"),
                later);
        String kindcentrum = SiteFiles.read(site, "kindcentra/kc.html");
        assertTrue(kindcentrum.contains("<div><dt>Gestart</dt><dd>15 januari 2024</dd></div>"), kindcentrum);
    }
}
