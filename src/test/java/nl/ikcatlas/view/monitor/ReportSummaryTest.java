package nl.ikcatlas.view.monitor;

import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteViews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Above {@link ReportPage#CHANGE_DETAILS_LIMIT} kindcentra the report shows summary tables, not a row per kindcentrum. */
class ReportSummaryTest {
    @TempDir
    Path out;

    @Test
    void aLargeAtlasHasTheMiddleLevelPerAreaAndThePlansCounted() {
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < ReportPage.CHANGE_DETAILS_LIMIT; i++) {
            more.append("""
                    -- data/kindcentra/extra-%d.yaml --
                    id: extra-%d
                    name: Extra %d
                    area: noord
                    schools: [de-school]
                    scenario: %s
                    lead: samen
                    interest: 2
                    housing:
                      situation: een-gebouw
                    source: voorbeeld
                    assessments:
                      - year: 2025
                        source: voorbeeld
                        levels: {bestuurlijke-samenwerking: %s}
                    """.formatted(i, i, i, i < 60 ? "mfa" : "school", i < 40 ? "face-to-face" : "hand-in-hand"));
        }
        Problems problems = new Problems();
        var atlas = TinySite.valid().with(more.toString()).load();
        Page report = new ReportPage(new SiteViews().context(atlas, List.of())).page();
        new SiteRenderer(Path.of("templates")).render(List.of(report), out, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        String html = read(out, "rapport.html");
        Document doc = Jsoup.parse(html);
        assertEquals("Middelste niveau per thema, per gebied", doc.selectFirst("#rapport-niveaus").text());
        // 40 at the first level and 61 at the second: the middle one is at the second
        assertEquals(List.of("Noord 101 2 1"), doc.select("table:has(#rapport-niveaus) tbody tr").eachText(), html);
        assertFalse(doc.select("table").text().contains("Extra 7"), "no table has a row per kindcentrum");
        assertEquals(List.of("Scenario Kindcentrum in een gebouw met meer scholen (mfa) 60",
                "Scenario Kindcentrum bij één school 41", "Leiding bij de overstap School en opvang samen 101",
                "Huisvesting In één gebouw 101"), doc.select("table:has(#rapport-plannen) tbody tr").eachText(), html);
        // the kindcentra per interest counted, and the changes per year in numbers, not a line per kindcentrum
        assertEquals("100 kindcentra.", doc.selectFirst("#belangstelling-2 + p + p").text(), html);
        assertEquals(List.of("2025 101 1 0 0 0 0", "2024 1 0 0 0 0 0"),
                doc.select("table:has(#wijzigingen-per-jaar) tbody tr").eachText(), html);
        assertFalse(doc.select("#wijzigingen ~ *").text().contains("Extra 7"), html);
    }
}
