package nl.ikcatlas.problem.format;

import java.util.List;
import nl.ikcatlas.problem.Problem;

/** A Markdown section for GitHub's job summary: a heading, then a table of the problems (if any). */
public final class StepSummary {
    private StepSummary() {
    }

    public static String of(String heading, List<Problem> problems) {
        StringBuilder md = new StringBuilder("### ").append(cell(heading)).append("\n\n");
        if (!problems.isEmpty()) {
            md.append("| Where | Problem | Hint |\n|---|---|---|\n");
            for (Problem problem : problems) {
                md.append("| ").append(cell(problem.position().toString()))
                        .append(" | ").append(cell(problem.message()))
                        .append(" | ").append(problem.hint() == null ? "" : cell(problem.hint())).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Text in a table cell: no HTML, no Markdown emphasis or links, no line breaks that end the row. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace("\r\n", "\n").toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append("<br>");
                case '|', '\\', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
