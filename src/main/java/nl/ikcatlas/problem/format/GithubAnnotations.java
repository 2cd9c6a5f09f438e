package nl.ikcatlas.problem.format;

import java.util.List;
import nl.ikcatlas.problem.Problem;

/**
 * The problems as GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...,title=...::message}),
 * which GitHub shows at the line in the pull request. Escaped as the Actions toolkit does: {@code %}, CR and LF
 * everywhere, and {@code :} and {@code ,} in the properties too.
 */
public final class GithubAnnotations {
    private GithubAnnotations() {
    }

    /** One command per problem, each on its own line; {@code title} names what found it. */
    public static String of(List<Problem> problems, String title) {
        StringBuilder commands = new StringBuilder();
        for (Problem problem : problems) {
            String message = problem.hint() == null ? problem.message() : problem.message() + "\nhint: " + problem.hint();
            commands.append("::error file=").append(property(problem.position().file()))
                    .append(",line=").append(problem.position().line())
                    .append(",col=").append(problem.position().column())
                    .append(",title=").append(property(title))
                    .append("::").append(data(message)).append('\n');
        }
        return commands.toString();
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
