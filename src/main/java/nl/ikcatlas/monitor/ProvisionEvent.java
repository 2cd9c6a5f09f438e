package nl.ikcatlas.monitor;

import nl.ikcatlas.model.PlaceKind;
import java.time.LocalDate;

/**
 * A place opened, closed or got a new name on {@code date}. {@code name} is the name the place had
 * after the event (its current name unless it was renamed again); {@code formerName} is set for a rename.
 * {@code source} is the source of the place's record.
 */
public record ProvisionEvent(LocalDate date, Kind kind, PlaceKind place, String id, String name, String formerName,
        String source) {

    public enum Kind {
        OPENED,
        CLOSED,
        RENAMED
    }
}
