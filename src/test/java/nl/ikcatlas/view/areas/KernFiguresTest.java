package nl.ikcatlas.view.areas;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kern without figures of its own shows the sum of its wijken, says so and cites their sources. */
class KernFiguresTest {
    @TempDir
    Path dir;

    private static final TinySite WIJKEN = TinySite.valid().with("""
            -- data/areas/noord.yaml --
            id: noord
            name: Noord
            kind: wijk
            cbs_code: WK162101
            parent: dorp
            toddlers: {year: 2020, count: 30, at_risk: 3, source: duo}
            source: duo
            -- data/areas/zuid.yaml --
            id: zuid
            name: Zuid
            kind: wijk
            cbs_code: WK162102
            parent: dorp
            toddlers: {year: 2020, count: 1012, at_risk: 2, source: voorbeeld}
            source: duo
            -- data/areas/west.yaml --
            id: west
            name: West
            kind: wijk
            cbs_code: WK162103
            parent: dorp
            toddlers: {year: 2019, count: 5, source: duo}
            source: duo
            -- data/childcare/zuid-kdv.yaml --
            id: zuid-kdv
            name: KDV Zuid
            holder: houder
            care_types: [kdv]
            places: {kdv: 12}
            vve: false
            address: Zuidweg 1
            postcode: 2651 AD
            place: Dorp
            coordinates: {lat: 52.003, lon: 4.503}
            area: zuid
            source: voorbeeld
            """);

    @Test
    void kernAddsUpTheToddlersAndPlacesOfItsWijken() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(WIJKEN, dir);
        String dorp = Files.readString(site.resolve("gebieden/dorp.html"));
        assertEquals("<p>Peuters: 1.042 peuters (2 tot 4 jaar) in 2020, van wie 5 met kans op een achterstand"
                + " (de som van de wijken Noord en Zuid; van de wijk West is geen aantal uit 2020 bekend)."
                + " <span class=\"source\">Bron: DUO, Alle schoolvestigingen, 1 oktober 2026;"
                + " Bron: Voorbeeldgegevens, 1 november 2026</span></p>",
                fragment(dorp, "<p>Peuters:", "</p>"));
        assertEquals("<tr><th scope=\"row\">Dagopvang</th><td>2 locaties, 28 kindplaatsen</td></tr>",
                fragment(dorp, "<tr><th scope=\"row\">Dagopvang", "</tr>"));
        // a wijk keeps its own figure, without a sum
        String noord = Files.readString(site.resolve("gebieden/noord.html"));
        assertEquals("<p>Peuters: 30 peuters (2 tot 4 jaar) in 2020, van wie 3 met kans op een achterstand."
                + " <span class=\"source\">Bron: DUO, Alle schoolvestigingen, 1 oktober 2026</span></p>",
                fragment(noord, "<p>Peuters:", "</p>"));
    }

    @Test
    void atRiskIsUnknownWhenOneWijkDoesNotGiveIt() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(WIJKEN.with("""
                -- data/areas/west.yaml --
                id: west
                name: West
                kind: wijk
                cbs_code: WK162103
                parent: dorp
                toddlers: {year: 2020, count: 5, source: duo}
                source: duo
                """), dir);
        String dorp = Files.readString(site.resolve("gebieden/dorp.html"));
        assertEquals("<p>Peuters: 1.047 peuters (2 tot 4 jaar) in 2020 (de som van de wijken Noord, West en Zuid).",
                fragment(dorp, "<p>Peuters:", "Zuid)."));
    }
}
