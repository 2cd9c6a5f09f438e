package nl.ikcatlas.model;

import java.util.List;

/** The cooperation of school and childcare locations at one site, with its yearly assessments. */
public record Kindcentrum(
        String id,
        String name,
        String area,
        List<String> schools,
        List<String> childcare,
        Scenario scenario,
        Lead lead,
        InterestCategory interest,
        Housing housing,
        String description,
        History history,
        String source,
        List<Assessment> assessments,
        Origin origin) {

    public Kindcentrum {
        schools = List.copyOf(schools);
        childcare = List.copyOf(childcare);
        assessments = List.copyOf(assessments);
    }
}
