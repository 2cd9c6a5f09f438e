package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.AreaKind;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Toddlers;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/areas/*.yaml}. */
final class AreaReader implements RecordReader<Area> {
    private static final Set<String> FIELDS = Set.of("id", "name", "kind", "cbs_code", "parent", "description",
            "boundary", "toddlers", "source");
    private static final Set<String> TODDLER_FIELDS = Set.of("year", "count", "at_risk", "source");

    @Override
    public Area read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "an area", FIELDS, problems);
        if (f == null) {
            return null;
        }
        Fields t = f.group("toddlers", TODDLER_FIELDS, false);
        Toddlers toddlers = null;
        if (t != null) {
            Integer year = t.requiredWholeNumber("year");
            Integer count = t.requiredWholeNumber("count");
            Integer atRisk = t.optionalWholeNumber("at_risk");
            String source = t.requiredText("source");
            toddlers = year == null || count == null ? null : new Toddlers(year, count, atRisk, source);
        }
        return new Area(f.requiredText("id"), f.requiredText("name"), f.code("kind", AreaKind.class, true),
                f.optionalText("cbs_code"), f.optionalText("parent"), f.optionalText("description"),
                f.optionalText("boundary"), toddlers, f.requiredText("source"), origin);
    }
}
