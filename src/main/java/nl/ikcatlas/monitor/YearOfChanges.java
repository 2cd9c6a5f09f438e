package nl.ikcatlas.monitor;

import java.util.List;

/** Everything that changed in one year: assessments (by kindcentrum name) and provisions (by date). */
public record YearOfChanges(int year, List<AssessmentEvent> assessments, List<ProvisionEvent> provisions) {

    public YearOfChanges {
        assessments = List.copyOf(assessments);
        provisions = List.copyOf(provisions);
    }
}
