package nl.ikcatlas.monitor;

import java.util.List;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Kindcentrum;

/** A kindcentrum's change per theme between its previous and its latest assessment. */
public record LocationChange(Kindcentrum kindcentrum, Assessment previous, Assessment latest, List<ThemeShift> shifts) {

    public LocationChange {
        shifts = List.copyOf(shifts);
    }

    public long count(Change change) {
        return shifts.stream().filter(s -> s.change() == change).count();
    }
}
