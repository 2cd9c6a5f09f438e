package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;

/** Reads the optional {@code opened}, {@code closed} and {@code former_names} fields a place may have. */
final class HistoryReader {
    static final Set<String> FIELDS = Set.of("opened", "closed", "former_names");
    private static final Set<String> FORMER_NAME_FIELDS = Set.of("name", "until");

    private HistoryReader() {
    }

    static History read(Fields f) {
        var formerNames = f.list("former_names", false, item -> {
            Fields n = item.fields("a former name", FORMER_NAME_FIELDS);
            return n == null ? null : new FormerName(n.requiredText("name"), n.requiredDate("until"));
        });
        return new History(f.optionalDate("opened"), f.optionalDate("closed"), formerNames);
    }
}
