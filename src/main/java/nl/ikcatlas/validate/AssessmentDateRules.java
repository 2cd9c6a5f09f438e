package nl.ikcatlas.validate;

import java.time.LocalDate;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.problem.Problems;

/** An assessment lies between 2000 and the edition: a later one cannot have taken place yet. */
final class AssessmentDateRules implements Rule {
    static final int FIRST_YEAR = 2000;

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        LocalDate edition = loaded.atlas().settings() == null ? null : loaded.atlas().settings().edition();
        for (Kindcentrum k : loaded.atlas().kindcentra()) {
            for (int i = 0; i < k.assessments().size(); i++) {
                Assessment a = k.assessments().get(i);
                String path = "assessments[" + i + "]";
                if (a.year() != 0 && a.year() < FIRST_YEAR) {
                    problems.add(k.origin().at(path + ".year"), "the year " + a.year() + " is before " + FIRST_YEAR,
                            "write the year of the assessment in full, such as 2025");
                } else if (edition != null && a.year() > edition.getYear()) {
                    problems.add(k.origin().at(path + ".year"), "the year " + a.year()
                            + " is after the year of this edition (" + edition.getYear() + ")",
                            "an assessment is added once it has taken place; check the year, or the edition in data/atlas.yaml");
                }
                if (edition != null && a.date() != null && a.date().isAfter(edition)) {
                    problems.add(k.origin().at(path + ".date"), "the date " + a.date()
                            + " is after the edition date " + edition,
                            "an assessment is added once it has taken place; check the date, or the edition in data/atlas.yaml");
                }
            }
        }
    }
}
