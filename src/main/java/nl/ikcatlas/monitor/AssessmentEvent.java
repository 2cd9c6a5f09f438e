package nl.ikcatlas.monitor;

import java.util.List;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Kindcentrum;

/**
 * A kindcentrum was assessed; {@code previous} and {@code shifts} are null and empty for its first
 * assessment.
 */
public record AssessmentEvent(Kindcentrum kindcentrum, Assessment assessment, Assessment previous,
        List<ThemeShift> shifts) {

    public AssessmentEvent {
        shifts = List.copyOf(shifts);
    }

    public long count(Change change) {
        return shifts.stream().filter(s -> s.change() == change).count();
    }
}
