package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;

/**
 * The tiny atlas with three kindcentra for the monitor's table, built with the repository's real
 * templates. In the order of the build (area, then name): Berk (Dorp, interest 3, not measured),
 * Kindcentrum De School (Noord, a wijk of Dorp, interest 1, Visie 2 (up) and Ruimte 1 (same) in 2025) and
 * Akker (Veld, interest 2, Visie 1 (down) and Ruimte 2 (up) in 2025, against 2024).
 */
final class MonitorSite {
    static final TinySite SITE = TinySite.valid().with("""
            -- data/areas/veld.yaml --
            id: veld
            name: Veld
            kind: kern
            source: duo
            -- data/kindcentra/akker.yaml --
            id: akker
            name: Akker
            area: veld
            schools: [de-school]
            scenario: school
            lead: samen
            interest: 2
            housing:
              situation: een-gebouw
            source: voorbeeld
            assessments:
              - year: 2024
                source: voorbeeld
                levels:
                  visie: samen
                  ruimte: los
              - year: 2025
                source: voorbeeld
                levels:
                  visie: los
                  ruimte: samen
            -- data/kindcentra/berk.yaml --
            id: berk
            name: Berk
            area: dorp
            schools: [de-school]
            scenario: school
            lead: samen
            interest: 3
            housing:
              situation: een-gebouw
            source: voorbeeld
            """);

    private MonitorSite() {
    }

    /** Builds the site under {@code dir} and returns the folder with the pages; fails on any problem. */
    static Path build(Path dir) {
        Path atlas = SITE.writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        Path out = dir.resolve("site");
        // the report's PDF is not looked at here, and takes most of a tiny site's build
        BuildReport report = AtlasPipeline.forRepeatedBuilds().build(atlas, out);
        assertEquals(List.of(), report.problems().stream().map(Problem::format).toList());
        return out;
    }
}
