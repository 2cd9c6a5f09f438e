package nl.ikcatlas.model;

import java.time.LocalDate;
import java.util.List;

/** When a place opened or closed and the names it had before; every part optional. */
public record History(LocalDate opened, LocalDate closed, List<FormerName> formerNames) {

    public static final History NONE = new History(null, null, List.of());

    public History {
        formerNames = List.copyOf(formerNames);
    }
}
