package nl.ikcatlas.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.ParserMessages;
import nl.ikcatlas.problem.Quote;

/** Turns a YAML syntax error into a positioned problem in plain words, never naming the parser's classes. */
final class YamlSyntaxProblem {

    private YamlSyntaxProblem() {
    }

    /** {@code at} is where the parser stood when it failed: the only position some of its errors have. */
    static Problem of(String file, String text, JsonProcessingException e, JsonLocation at) {
        Problem problem = of(file, e, at);
        Position quote = unclosedQuoteBefore(file, text, problem.position().line());
        return quote == null ? problem : unclosedQuote(quote);
    }

    private static Problem unclosedQuote(Position at) {
        return new Problem(at, "YAML syntax error: the quote that opens here is never closed",
                "add the same quote (\" or ') at the end of the value");
    }

    /**
     * A quote that opens a value and is not closed on its line, before the line of a syntax error: YAML lets a
     * quoted value run on over the next lines, so the error shows up later, but records never need that.
     */
    private static Position unclosedQuoteBefore(String file, String text, int errorLine) {
        List<String> lines = text.lines().limit(errorLine - 1L).toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = QUOTED_VALUE.matcher(lines.get(i));
            if (m.matches() && !closes(m.group(2).charAt(0), m.group(3))) {
                return new Position(file, i + 1, m.group(1).length() + 1);
            }
        }
        return null;
    }

    private static final Pattern QUOTED_VALUE = Pattern.compile("(\\s*(?:-\\s+)?(?:[A-Za-z0-9_.-]+:\\s+)?)([\"'])(.*)");

    private static boolean closes(char quote, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote && quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                i++;
            } else if (c == quote) {
                return true;
            }
        }
        return false;
    }

    private static Problem of(String file, JsonProcessingException e, JsonLocation at) {
        if (e instanceof StreamConstraintsException) {
            return new Problem(position(file, at), "the values here are nested more than " + YamlReader.MAX_DEPTH
                    + " levels deep", "a record needs only a few levels; check the indentation and the brackets [ ] and { }");
        }
        Position position = position(file, e.getLocation() != null ? e.getLocation() : at);
        String problem = e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            position = position(file, marked.getProblemMark());
            problem = marked.getProblem();
            String context = marked.getContext() == null ? "" : marked.getContext();
            if (context.contains("quoted scalar") && marked.getContextMark() != null
                    && problem != null && problem.contains("end of stream")) {
                return unclosedQuote(position(file, marked.getContextMark()));
            }
        }
        String p = problem == null ? "" : problem;
        if (p.contains("(TAB)")) {
            return new Problem(position, "YAML syntax error: a tab character cannot be used here", "indent with spaces, not tabs");
        }
        if (p.contains("Expected a field name")) {
            return new Problem(position, "YAML syntax error: a field name must be a single word, not a list or a group",
                    "write each field as 'field: value'");
        }
        if (p.contains("unknown escape character")) {
            return new Problem(position, "YAML syntax error: a backslash in double quotes starts a special character,"
                    + " and this one is unknown", "write the value between single quotes, or write \\\\ for a backslash");
        }
        return new Problem(position, "YAML syntax error: " + Quote.excerpt(ParserMessages.plain(problem, "the text could not be read as YAML"), Quote.MESSAGE_MAX), hint(p));
    }

    private static Position position(String file, JsonLocation location) {
        return location == null ? Position.startOf(file)
                : new Position(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static Position position(String file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String hint(String p) {
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
