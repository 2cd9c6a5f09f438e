package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Housing;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Lead;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Scenario;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/kindcentra/*.yaml}. */
final class KindcentrumReader implements RecordReader<Kindcentrum> {
    private static final Set<String> FIELDS = Set.of("id", "name", "area", "schools", "childcare", "scenario", "lead",
            "interest", "housing", "description", "opened", "closed", "former_names", "source", "assessments");
    private static final Set<String> HOUSING_FIELDS = Set.of("situation", "wishes");
    private static final Set<String> ASSESSMENT_FIELDS = Set.of("year", "date", "source", "levels", "note");

    @Override
    public Kindcentrum read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "a kindcentrum", FIELDS, problems);
        if (f == null) {
            return null;
        }
        Fields h = f.group("housing", HOUSING_FIELDS, true);
        Housing housing = h == null ? null
                : new Housing(h.code("situation", HousingSituation.class, true), h.optionalText("wishes"));
        var assessments = f.list("assessments", false, item -> {
            Fields a = item.fields("an assessment", ASSESSMENT_FIELDS);
            if (a == null) {
                return null;
            }
            Integer year = a.requiredWholeNumber("year");
            return new Assessment(year == null ? 0 : year, a.optionalDate("date"), a.requiredText("source"),
                    a.keyed("levels", true, Fields.Item::text), a.optionalText("note"));
        });
        return new Kindcentrum(f.requiredText("id"), f.requiredText("name"), f.requiredText("area"),
                f.textList("schools", true), f.textList("childcare", false), f.code("scenario", Scenario.class, true),
                f.code("lead", Lead.class, true), f.code("interest", InterestCategory.class, true), housing,
                f.optionalText("description"), HistoryReader.read(f), f.requiredText("source"), assessments, origin);
    }
}
