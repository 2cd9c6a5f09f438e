package nl.ikcatlas.render;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipality's policy on the monitor page: its role explained, the budget frame and the source. */
class PolicySiteTest {
    @TempDir
    Path dir;

    private static String atlas(String policy) {
        return """
                -- data/atlas.yaml --
                municipality: Testdorp
                cbs_code: GM1621
                edition: 2026-11-01
                sources:
                  - id: duo
                    name: Alle schoolvestigingen
                    publisher: DUO
                    date: 2026-10-01
                  - id: voorbeeld
                    name: Voorbeeldgegevens
                    date: 2026-11-01
                    illustrative: true
                  - id: nota
                    name: Nota kindcentra
                    publisher: Gemeente Testdorp
                    date: 2025-03-12
                contact:
                  organisation: Gemeente Testdorp
                """ + policy;
    }

    private String policySection(String policy) {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid().with(atlas(policy)), dir);
        String monitor = SiteFiles.read(site, "monitor.html");
        return fragment(monitor, "<section aria-labelledby=\"beleid\">", "</section>");
    }

    @Test
    void roleBudgetAndSource() {
        assertEquals("""
                <section aria-labelledby="beleid">
                  <h2 id="beleid">Rol van de gemeente</h2>
                  <p>De gemeente kiest een <strong>sturende</strong> rol. Sturend: de gemeente bepaalt waar en hoe kindcentra komen en stelt daar eisen aan.</p>
                  <p>De gemeente betaalt de bouw van drie kindcentra.</p>
                  <p>Budget: EUR 1.150.000 per jaar</p>
                  <p class="source">Bron: Gemeente Testdorp, Nota kindcentra, 12 maart 2025</p>
                </section>""", policySection("""
                policy:
                  role: sturend
                  budget: EUR 1.150.000 per jaar
                  description: De gemeente betaalt de bouw van drie kindcentra.
                  source: nota
                """));
    }

    @Test
    void withoutABudgetThereIsNoBudgetLine() {
        assertEquals("""
                <section aria-labelledby="beleid">
                  <h2 id="beleid">Rol van de gemeente</h2>
                  <p>De gemeente kiest een <strong>faciliterende</strong> rol. Faciliterend: de gemeente helpt als scholen en opvang daar zelf om vragen, bijvoorbeeld met huisvesting.</p>
                  <p class="source">Bron: Gemeente Testdorp, Nota kindcentra, 12 maart 2025</p>
                </section>""", policySection("""
                policy:
                  role: faciliterend
                  source: nota
                """));
    }
}
