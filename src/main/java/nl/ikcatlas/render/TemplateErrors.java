package nl.ikcatlas.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.HashSet;
import java.util.Set;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * Turns FreeMarker's errors into problems at {@code templates/<name>:line:column}. A broken
 * template fails on every page that uses it, so each distinct error is reported once.
 */
final class TemplateErrors {
    private final Problems problems;
    private final Set<String> reported = new HashSet<>();

    TemplateErrors(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reports the FreeMarker error behind {@code error}, if there is one, and says whether it is
     * a syntax error (the template can then never render). Returns null when the error is not
     * FreeMarker's (a bug or an I/O failure the caller must raise).
     */
    Kind report(Throwable error, String pageTemplate) {
        ParseException parse = find(error, ParseException.class);
        if (parse != null) {
            add(position(parse.getTemplateName(), pageTemplate, parse.getLineNumber(), parse.getColumnNumber()),
                    "template syntax error: " + firstLine(parse.getEditorMessage()));
            return Kind.SYNTAX;
        }
        TemplateNotFoundException missing = find(error, TemplateNotFoundException.class);
        if (missing != null) {
            add(Position.startOf("templates/" + missing.getTemplateName()), "template not found: "
                    + missing.getTemplateName());
            return Kind.SYNTAX;
        }
        TemplateException runtime = find(error, TemplateException.class);
        if (runtime != null) {
            add(position(runtime.getTemplateSourceName(), pageTemplate, runtime.getLineNumber(),
                    runtime.getColumnNumber()), "template error: " + firstLine(runtime.getMessageWithoutStackTop()));
            return Kind.RUNTIME;
        }
        return null;
    }

    /**
     * Reports {@code error} only when it is a syntax error or a missing template, which no view can cause,
     * and says whether it was one.
     */
    boolean reportSyntax(Throwable error, String template) {
        boolean syntax = find(error, ParseException.class) != null || find(error, TemplateNotFoundException.class) != null;
        return syntax && report(error, template) == Kind.SYNTAX;
    }

    enum Kind { SYNTAX, RUNTIME }

    private void add(Position position, String message) {
        if (reported.add(position + " " + message)) {
            problems.add(position, message);
        }
    }

    private static Position position(String source, String pageTemplate, Integer line, Integer column) {
        String name = source != null ? source : pageTemplate;
        return new Position("templates/" + name, line == null ? 1 : line, column == null ? 1 : column);
    }

    /** FreeMarker's messages carry tips and a template stack after the first lines; keep the essence. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String text = message.strip();
        for (String noise : new String[] {"\n----", "Was expecting"}) {
            int cut = text.indexOf(noise);
            if (cut >= 0) {
                text = text.substring(0, cut).strip();
            }
        }
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
