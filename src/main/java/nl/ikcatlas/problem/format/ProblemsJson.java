package nl.ikcatlas.problem.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.problem.Problem;

/** The problems as a JSON array of {file, line, column, message, hint} (hint null when there is none). */
public final class ProblemsJson {
    private ProblemsJson() {
    }

    public static String of(List<Problem> problems) {
        return JsonText.of(problems.stream().map(ProblemsJson::entry).toList());
    }

    private static Map<String, Object> entry(Problem problem) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", problem.position().file());
        entry.put("line", problem.position().line());
        entry.put("column", problem.position().column());
        entry.put("message", problem.message());
        entry.put("hint", problem.hint());
        return entry;
    }
}
