package nl.ikcatlas.render;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atlas of {@link HistorySiteTest} (edition 1 november 2026): Peuteropvang Het Oude Huis closed on
 * 31 July 2025 and Opvang Later opens on 4 January 2027. Maps and search show only what is open on the
 * edition date; locaties.geojson keeps every place and says which are open.
 */
class ClosedPlacesSiteTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildWithoutPdf(TinySite.valid().with(HistorySiteTest.HISTORY), dir);
    }

    @Test
    void theAreaMapLeavesOutPlacesThatAreNotOpen() {
        String html = SiteFiles.read(site, "gebieden/noord.html");
        String map = fragment(html, "<figure class=\"kaart", "</figure>");
        assertTrue(map.contains("<p>Op de kaart staan 1 kindcentrum, 1 school en 2 opvanglocaties. Het noorden is"
                + " boven."), map);
        assertTrue(map.contains("<summary>Lijst van de 4 plekken op de kaart</summary>"), map);
        assertFalse(map.contains("oud.html"), map);
        assertFalse(map.contains("later.html"), map);
        assertFalse(map.contains("Niet open"), map);
        // the cards below the map still list both, saying how they stand
        assertTrue(html.contains("<span class=\"card-fact\">Gesloten sinds 31 juli 2025</span>"), html);
    }

    @Test
    void theHomeMapShowsOnlyOpenPlaces() {
        String html = SiteFiles.read(site, "index.html");
        String map = fragment(html, "<figure class=\"kaart", "</figure>");
        assertTrue(map.contains("<p>Op de kaart staan 1 kindcentrum, 2 scholen en 2 opvanglocaties."), map);
        assertTrue(map.contains("<summary>Lijst van de 5 plekken op de kaart</summary>"), map);
        assertFalse(map.contains("oud.html"), map);
        assertFalse(map.contains("later.html"), map);
    }

    @Test
    void aClosedPlaceIsMarkedGreyOnlyOnTheMapOfItsOwnPage() {
        String html = SiteFiles.read(site, "opvang/oud.html");
        String map = fragment(html, "<figure class=\"kaart", "</figure>");
        // the interactive map reads its places from the markers, their status words included
        assertTrue(map.contains("<a class=\"kaart-punt kaart-punt-opvang kaart-punt-hier kaart-punt-dicht\""
                + " href=\"../opvang/oud.html\" aria-label=\"Opvang: Peuteropvang Het Oude Huis (gesloten sinds 31 juli"
                + " 2025)\" data-lat=\"52.001\" data-lon=\"4.503\" data-status=\"gesloten sinds 31 juli 2025\"><title>"
                + "Opvang: Peuteropvang Het Oude Huis (gesloten sinds 31 juli 2025)</title>"), map);
        assertTrue(map.contains("<li><span class=\"kaart-teken kaart-teken-dicht\" aria-hidden=\"true\"></span>"
                + " Niet open</li>"), map);
        assertTrue(map.contains("Peuteropvang Het Oude Huis is grijs: gesloten sinds 31 juli 2025. Het noorden is"
                + " boven."), map);
        // a place's page lists its related places as cards: its map repeats no list of them
        assertFalse(map.contains("kaart-lijst"), map);
        String later = SiteFiles.read(site, "opvang/later.html");
        assertTrue(later.contains("aria-label=\"Opvang: Opvang Later (gaat open op 4 januari 2027)\""), later);
        // the neighbours' maps leave both out
        String neighbour = SiteFiles.read(site, "opvang/nieuw.html");
        String neighbourMap = fragment(neighbour, "<figure class=\"kaart", "</figure>");
        assertTrue(neighbourMap.contains("opvang/opvang.html"), neighbourMap);
        assertFalse(neighbourMap.contains("oud.html"), neighbourMap);
        assertFalse(neighbourMap.contains("later.html"), neighbourMap);
        assertFalse(neighbourMap.contains("kaart-punt-dicht"), neighbourMap);
    }

    @Test
    void searchLeavesOutPlacesThatAreNotOpenButTheirPagesStay() {
        String index = SiteFiles.read(site, "zoeken/zoekindex.js");
        assertTrue(index.contains("\"href\":\"opvang/nieuw.html\""), index);
        assertTrue(index.contains("\"href\":\"opvang/opvang.html\""), index);
        assertFalse(index.contains("oud.html"), index);
        assertFalse(index.contains("Het Oude Huis"), index);
        assertFalse(index.contains("later.html"), index);
        // the only toddler care has closed
        String toddlers = SiteFiles.read(site, "zoeken/peuteropvang.html");
        assertTrue(toddlers.contains("<p>Aantal: 0.</p>"), toddlers);
        assertFalse(toddlers.contains("oud.html"), toddlers);
        String vve = SiteFiles.read(site, "zoeken/vve.html");
        assertTrue(vve.contains("<p>Aantal: 1.</p>"), vve);
        assertTrue(vve.contains("href=\"../opvang/opvang.html\""), vve);
        assertFalse(vve.contains("oud.html"), vve);
        String daycare = SiteFiles.read(site, "zoeken/kdv.html");
        assertTrue(daycare.contains("<p>Aantal: 1.</p>"), daycare);
        assertFalse(daycare.contains("later.html"), daycare);
        assertTrue(SiteFiles.read(site, "opvang/oud.html").contains("<h1>Peuteropvang Het Oude Huis</h1>"));
    }

    @Test
    void geoDataKeepsEveryPlaceAndSaysWhichAreOpen() throws IOException {
        JsonNode features = new ObjectMapper().readTree(site.resolve("locaties.geojson").toFile()).get("features");
        StringBuilder history = new StringBuilder();
        for (JsonNode f : features) {
            JsonNode p = f.get("properties");
            history.append(p.get("id").asText()).append(' ').append(p.get("opened")).append(' ')
                    .append(p.get("closed")).append(' ').append(p.get("open")).append('\n');
        }
        assertEquals("""
                kc "2024-01-15" null true
                de-school null null true
                westschool null null true
                nieuw "2024-09-02" null true
                opvang null null true
                later "2027-01-04" null false
                oud "2019-01-07" "2025-07-31" false
                """, history.toString());
    }
}
