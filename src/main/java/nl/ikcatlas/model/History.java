package nl.ikcatlas.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** When a place opened or closed and the names it had before; every part optional. */
public record History(LocalDate opened, LocalDate closed, List<FormerName> formerNames) {

    public static final History NONE = new History(null, null, List.of());

    public History {
        formerNames = List.copyOf(formerNames);
    }

    /** The former names, oldest first (a name without a valid date, which validation reports, last). */
    public List<FormerName> formerNamesOldestFirst() {
        return formerNames.stream()
                .sorted(Comparator.comparing(FormerName::until, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Open on {@code date}: not closed on or before it, and not opening after it. */
    public boolean openOn(LocalDate date) {
        boolean gone = closed != null && !closed.isAfter(date);
        boolean notYet = opened != null && opened.isAfter(date);
        return !gone && !notYet;
    }
}
