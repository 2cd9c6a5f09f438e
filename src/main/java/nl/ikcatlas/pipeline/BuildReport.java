package nl.ikcatlas.pipeline;

import java.util.List;
import nl.ikcatlas.problem.Problem;

/** The outcome of a check or build: the problems found (none when it succeeded) and what was done. */
public record BuildReport(List<Problem> problems, int records, int pages) {

    public BuildReport {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
