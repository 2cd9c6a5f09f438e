package nl.ikcatlas.print;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the values of the theme's design tokens in place of {@code var(--name)} and
 * {@code var(--name, fallback)}, for the PDF engine, which reads CSS 2.1 and knows no custom properties.
 * Tokens are read from every declaration {@code --name: value;} in the stylesheets, the last one winning,
 * as the theme declares them once, on {@code :root}.
 */
final class CssTokens {
    private static final Pattern DECLARATION = Pattern.compile("(--[A-Za-z0-9_-]+)\\s*:\\s*([^;{}]+?)\\s*;");
    /** A var() whose fallback may hold one level of brackets, such as rgb(...). */
    private static final Pattern VAR = Pattern.compile(
            "var\\(\\s*(--[A-Za-z0-9_-]+)\\s*(?:,\\s*((?:[^()]|\\([^()]*\\))*?))?\\s*\\)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** Tokens refer to tokens; a chain longer than this is a loop, left unresolved. */
    private static final int DEPTH = 10;

    private final Map<String, String> tokens = new HashMap<>();

    /** Reads the tokens declared in {@code css}, after those read before. */
    void declare(String css) {
        Matcher m = DECLARATION.matcher(COMMENT.matcher(css).replaceAll(""));
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
    }

    /** {@code css} with every var() that has a value or a fallback replaced by it. */
    String resolve(String css) {
        String text = css;
        for (int i = 0; i < DEPTH && text.contains("var("); i++) {
            String next = VAR.matcher(text).replaceAll(m -> {
                String value = tokens.getOrDefault(m.group(1), m.group(2));
                return Matcher.quoteReplacement(value == null ? m.group() : value);
            });
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        return text;
    }
}
