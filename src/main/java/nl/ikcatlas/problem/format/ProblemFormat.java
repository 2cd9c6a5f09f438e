package nl.ikcatlas.problem.format;

import java.util.Map;

/** How problems are reported: for people, for GitHub Actions, for GitLab's code quality widget, or as JSON. */
public enum ProblemFormat {
    TEXT, GITHUB, GITLAB, JSON;

    /** The format to use when none was asked for: {@code github} inside GitHub Actions, else {@code text}. */
    public static ProblemFormat detect(Map<String, String> env) {
        return "true".equals(env.get("GITHUB_ACTIONS")) ? GITHUB : TEXT;
    }

    /** True for the formats that make one machine-readable report (to stdout or a file). */
    public boolean writesReport() {
        return switch (this) {
            case GITLAB, JSON -> true;
            case TEXT, GITHUB -> false;
        };
    }
}
