package nl.ikcatlas.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** Turns a YAML syntax error into a positioned problem in plain words. */
final class YamlSyntaxProblem {

    private YamlSyntaxProblem() {
    }

    static Problems of(String file, JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        Position at = new Position(file, Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getColumnNr()));
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            at = new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
            problem = marked.getProblem();
        }
        Problems problems = new Problems();
        String message = problem != null && problem.contains("(TAB)")
                ? "a tab character cannot be used here" : firstLine(problem);
        problems.add(at, "YAML syntax error: " + message, hint(problem));
        return problems;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "the text could not be read as YAML";
        }
        int newline = text.indexOf('\n');
        return Quote.excerpt(newline < 0 ? text : text.substring(0, newline), Quote.MESSAGE_MAX);
    }

    private static String hint(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("(TAB)")) {
            return "indent with spaces, not tabs";
        }
        if (p.contains("mapping values are not allowed")) {
            return "a value that contains ': ' must be put between quotes, or the indentation of this line is off";
        }
        if (p.contains("could not find expected ':'")) {
            return "every line of a record is 'field: value'; check this line and the one above";
        }
        if (p.contains("found undefined alias") || p.contains("found character '@'") || p.contains("found character '`'")) {
            return "put the value between quotes";
        }
        if (p.contains("expected <block end>")) {
            return "check the indentation: fields of one record must start in the same column";
        }
        return "check the line for a missing quote, colon or wrong indentation";
    }
}
