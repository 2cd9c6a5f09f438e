package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/holders/*.yaml}. */
final class HolderReader implements RecordReader<ChildcareHolder> {
    private static final Set<String> FIELDS = Set.of("id", "name", "kvk", "website", "source");

    @Override
    public ChildcareHolder read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "a childcare holder", FIELDS, problems);
        return f == null ? null : new ChildcareHolder(f.requiredText("id"), f.requiredText("name"), f.optionalText("kvk"),
                f.optionalText("website"), f.requiredText("source"), origin);
    }
}
