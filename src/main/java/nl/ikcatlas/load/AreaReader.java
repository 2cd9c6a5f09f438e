package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.AreaKind;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/areas/*.yaml}. */
final class AreaReader implements RecordReader<Area> {
    private static final Set<String> FIELDS = Set.of("id", "name", "kind", "cbs_code", "parent", "description", "source");

    @Override
    public Area read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "an area", FIELDS, problems);
        return f == null ? null : new Area(f.requiredText("id"), f.requiredText("name"), f.code("kind", AreaKind.class, true),
                f.optionalText("cbs_code"), f.optionalText("parent"), f.optionalText("description"),
                f.requiredText("source"), origin);
    }
}
