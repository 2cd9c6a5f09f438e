package nl.ikcatlas.view.shared;

import java.time.LocalDate;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;

/**
 * Which places are open on the edition date: not closed on or before it and not opening after it.
 * Maps and search show only these, as the figures count only these; pages and lists show every place.
 */
public final class OpenPlaces {
    private final LocalDate edition;

    public OpenPlaces(LocalDate edition) {
        this.edition = edition;
    }

    public boolean open(School s) {
        return open(s.history());
    }

    public boolean open(ChildcareLocation c) {
        return open(c.history());
    }

    public boolean open(Kindcentrum k) {
        return open(k.history());
    }

    public boolean open(History history) {
        return history.openOn(edition);
    }
}
