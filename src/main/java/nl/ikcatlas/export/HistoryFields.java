package nl.ikcatlas.export;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;

/**
 * A place's history as the downloads write it: dates as YYYY-MM-DD and former names oldest first.
 * The downloads keep closed places: they are the complete data.
 */
final class HistoryFields {
    private HistoryFields() {
    }

    static String opened(History h) {
        return h.opened() == null ? null : h.opened().toString();
    }

    static String closed(History h) {
        return h.closed() == null ? null : h.closed().toString();
    }

    /** "Peuterspeelzaal De Wei (tot 2025-03-01); ..." or empty. */
    static String formerNamesText(History h) {
        List<String> parts = new ArrayList<>();
        for (FormerName f : h.formerNamesOldestFirst()) {
            parts.add(f.name() + " (tot " + f.until() + ")");
        }
        return String.join("; ", parts);
    }
}
