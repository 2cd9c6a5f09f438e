package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/boards/*.yaml}. */
final class BoardReader implements RecordReader<SchoolBoard> {
    private static final Set<String> FIELDS = Set.of("id", "number", "name", "denomination", "website", "source");

    @Override
    public SchoolBoard read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "a school board", FIELDS, problems);
        return f == null ? null : new SchoolBoard(f.requiredText("id"), f.requiredText("number"), f.optionalText("name"),
                f.optionalText("denomination"), f.optionalText("website"), f.requiredText("source"), origin);
    }
}
