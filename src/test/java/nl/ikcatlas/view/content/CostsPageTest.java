package nl.ikcatlas.view.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The costs page shows the figures of {@code costs} in atlas.yaml with their source and date. */
class CostsPageTest {
    private static final String ATLAS = """
            -- content/kosten-peuteropvang.md --
            title=Wat kost peuteropvang?
            type=page
            status=published
            template=kosten.ftl
            ~~~~~~
            Drie manieren om te betalen.
            -- data/atlas.yaml --
            municipality: Testdorp
            cbs_code: GM1621
            edition: 2026-11-01
            sources:
              - id: rijk
                name: Besluit kinderopvangtoeslag
                publisher: Rijksoverheid
                url: https://wetten.overheid.nl/
                date: 2026-01-01
              - id: duo
                name: Alle schoolvestigingen
                date: 2026-10-01
              - id: voorbeeld
                name: Voorbeeldgegevens
                date: 2026-11-01
                illustrative: true
            contact:
              organisation: Gemeente Testdorp
            costs:
              year: 2026
              max_hourly_rate:
                daycare: %s
                out_of_school: 9.98
                childminder: 8.49
              allowance_share:
                lowest: 33.3
                %s
              parental_contribution: van € 0,25 tot € 4,00 per uur, naar inkomen.
              source: %s
            """;

    @Test
    void theCostsPageShowsTheFiguresTheirSourceAndTheCalculator(@TempDir Path dir) {
        String html = SiteFiles.read(BuiltSite.buildWithoutPdf(
                TinySite.valid().with(ATLAS.formatted("11.23", "highest: 96", "rijk")), dir), "kosten-peuteropvang.html");
        String costs = BuiltSite.fragment(html, "<section class=\"costs\"", "</section>");
        assertEquals("""
                <section class="costs" aria-labelledby="bedragen">
                  <h2 id="bedragen">De bedragen in 2026</h2>
                  <table>
                    <caption>Maximum uurprijs: tot dit bedrag per uur telt de kinderopvangtoeslag mee</caption>
                    <thead><tr><th scope="col">Soort opvang</th><th scope="col">Maximum uurprijs</th></tr></thead>
                    <tbody>
                    <tr><th scope="row">Dagopvang</th><td>€ 11,23</td></tr><tr><th scope="row">Buitenschoolse opvang (BSO)</th><td>€ 9,98</td></tr><tr><th scope="row">Gastouderopvang</th><td>€ 8,49</td></tr>
                    </tbody>
                  </table>
                  <p>De kinderopvangtoeslag betaalt 33,3% tot 96% van de maximum uurprijs. Hoe lager uw inkomen, hoe groter het deel.</p>
                  <p>Krijgt u geen toeslag? Dan betaalt u voor peuteropvang een ouderbijdrage aan de opvang: van € 0,25 tot € 4,00 per uur, naar inkomen.</p>
                  <p class="small-print">Bron: Rijksoverheid, Besluit kinderopvangtoeslag, 1 januari 2026.</p>
                  <p><a href="https://www.toeslagen.nl/">Reken uit hoeveel toeslag u krijgt: maak een proefberekening op toeslagen.nl</a></p>
                </section>""", costs);
        assertTrue(html.contains("Voor: de bedragen."), html);
        assertFalse(html.contains("Voorbeeldbedragen"), html);
    }

    @Test
    void wrongFiguresAreProblemsAtTheirLine(@TempDir Path dir) {
        Path atlas = BuiltSite.withTemplates(
                TinySite.valid().with(ATLAS.formatted("'11,23'", "hoogste: 96", "toeslagen")), dir);
        List<String> problems = new AtlasPipeline().build(atlas, dir.resolve("site")).problems().stream()
                .map(Problem::format).toList();
        assertEquals(List.of(
                "data/atlas.yaml:22:14: 'daycare' must be a number like 11.23, not '11,23'\n"
                        + "    hint: use a point, not a comma, for decimals",
                "data/atlas.yaml:26:5: missing required field 'highest' in 'costs.allowance_share'\n"
                        + "    hint: add a line 'highest: ...'",
                "data/atlas.yaml:27:5: unknown field 'hoogste'\n    hint: known fields here: highest, lowest",
                "data/atlas.yaml:29:11: the source 'toeslagen' is not listed in data/atlas.yaml\n"
                        + "    hint: add it under 'sources' in data/atlas.yaml"), problems);
    }
}
