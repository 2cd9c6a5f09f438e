package nl.ikcatlas.pipeline;

import java.util.List;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.readability.PageReadability;

/**
 * The outcome of a check or build: the problems found (none when it succeeded), what was done, and
 * the reading ease of every page written for parents (empty when nothing was built).
 */
public record BuildReport(List<Problem> problems, int records, int pages, List<PageReadability> readability) {

    public BuildReport {
        problems = List.copyOf(problems);
        readability = List.copyOf(readability);
    }

    public BuildReport(List<Problem> problems, int records, int pages) {
        this(problems, records, pages, List.of());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
