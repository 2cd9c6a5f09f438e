package nl.ikcatlas.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Kindcentrum;

/** A kindcentrum's assessments, oldest first. */
public record Timeline(Kindcentrum kindcentrum, List<Assessment> assessments) {

    public Timeline {
        assessments = List.copyOf(assessments);
    }

    public static Timeline of(Kindcentrum k) {
        List<Assessment> byYear = new ArrayList<>(k.assessments());
        byYear.sort(Comparator.comparingInt(Assessment::year));
        return new Timeline(k, byYear);
    }

    /** The newest assessment, or null when there is none. */
    public Assessment latest() {
        return assessments.isEmpty() ? null : assessments.get(assessments.size() - 1);
    }

    /** The assessment before the newest, or null. */
    public Assessment previous() {
        return assessments.size() < 2 ? null : assessments.get(assessments.size() - 2);
    }

    /** The assessment before {@code index}, or null for the first. */
    public Assessment before(int index) {
        return index == 0 ? null : assessments.get(index - 1);
    }
}
