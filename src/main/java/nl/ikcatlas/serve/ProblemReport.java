package nl.ikcatlas.serve;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.problem.Problem;

/** The problems of a failed build, each with the lines around it, as the terminal and the error page show them. */
record ProblemReport(List<Entry> entries) {

    record Entry(Problem problem, SourceExcerpt excerpt) {
    }

    static ProblemReport of(Path atlasDir, List<Problem> problems) {
        return new ProblemReport(problems.stream()
                .map(problem -> new Entry(problem, SourceExcerpt.of(atlasDir, problem.position())))
                .toList());
    }

    /** For the terminal: each problem as {@code validate} prints it, then its lines, indented. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.problem().format()).append('\n');
            entry.excerpt().lines().forEach(line -> text.append("    ").append(line.text()).append('\n'));
        }
        return text.toString();
    }

    int size() {
        return entries.size();
    }
}
