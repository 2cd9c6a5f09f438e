package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentDateRulesTest {
    @TempDir
    Path dir;

    private List<String> problems(String assessments) {
        return Check.problems(TinySite.valid().with("""
                -- data/kindcentra/kc.yaml --
                id: kc
                name: Kindcentrum De School
                area: noord
                schools: [de-school]
                scenario: school
                lead: samen
                interest: 1
                housing:
                  situation: een-gebouw
                source: voorbeeld
                assessments:
                """ + assessments), dir);
    }

    private static String assessment(String year, String date) {
        return "  - year: " + year + "\n" + (date == null ? "" : "    date: " + date + "\n")
                + "    source: voorbeeld\n    levels: {visie: los, ruimte: los}\n";
    }

    @Test
    void anAssessmentLiesBetween2000AndTheEdition() {
        assertEquals(List.of(
                "data/kindcentra/kc.yaml:12:11: the year 1999 is before 2000\n"
                        + "    hint: write the year of the assessment in full, such as 2025",
                "data/kindcentra/kc.yaml:15:11: the year 2027 is after the year of this edition (2026)\n"
                        + "    hint: an assessment is added once it has taken place; check the year, or the edition"
                        + " in data/atlas.yaml",
                "data/kindcentra/kc.yaml:19:11: the date 2026-11-02 is after the edition date 2026-11-01\n"
                        + "    hint: an assessment is added once it has taken place; check the date, or the edition"
                        + " in data/atlas.yaml"),
                problems(assessment("1999", null) + assessment("2027", null) + assessment("2026", "2026-11-02")
                        + assessment("2025", "2025-11-01") + assessment("2000", null)));
    }

    @Test
    void theEditionDateItselfIsFine() {
        assertEquals(List.of(), problems(assessment("2026", "2026-11-01")));
    }
}
