package nl.ikcatlas.problem;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parser's error message as an editor may read it: its first line, without the parser's notes on where
 * its input came from, and never a message that speaks of the parser's own classes or settings.
 */
public final class ParserMessages {
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\(?[^()\\[]*\\[Source:[^\\]]*\\]\\)?");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[a-zA-Z]");

    private ParserMessages() {
    }

    /** The plain first line of {@code message}, or {@code fallback} when there is nothing plain to show. */
    public static String plain(String message, String fallback) {
        if (message == null) {
            return fallback;
        }
        int newline = message.indexOf('\n');
        String line = SOURCE_NOTE.matcher(newline < 0 ? message : message.substring(0, newline)).replaceAll("").strip();
        String lower = line.toLowerCase(Locale.ROOT);
        boolean internal = line.isEmpty() || CLASS_NAME.matcher(line).find() || line.contains("`")
                || lower.contains("base64") || lower.contains("constraints") || lower.contains("feature");
        return internal ? fallback : line;
    }
}
