package nl.ikcatlas.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;

/**
 * A place's history as the downloads write it: dates as YYYY-MM-DD, former names oldest first, and
 * whether the place is open on the edition date. The downloads keep closed places: they are the
 * complete data.
 */
final class HistoryFields {
    private HistoryFields() {
    }

    static String opened(History h) {
        return h == null || h.opened() == null ? null : h.opened().toString();
    }

    static String closed(History h) {
        return h == null || h.closed() == null ? null : h.closed().toString();
    }

    /** Open on {@code edition}: not closed on or before it, and not opening after it. */
    static boolean open(History h, LocalDate edition) {
        return h == null || h.openOn(edition);
    }

    static List<FormerName> formerNames(History h) {
        if (h == null) {
            return List.of();
        }
        List<FormerName> names = new ArrayList<>(h.formerNames());
        names.sort(Comparator.comparing(FormerName::until));
        return names;
    }

    /** "Peuterspeelzaal De Wei (tot 2025-03-01); ..." or empty. */
    static String formerNamesText(History h) {
        List<String> parts = new ArrayList<>();
        for (FormerName f : formerNames(h)) {
            parts.add(f.name() + " (tot " + f.until() + ")");
        }
        return String.join("; ", parts);
    }
}
