package nl.ikcatlas.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a content file: {@code key=value} lines up to the separator line {@code ~~~~~~}, with
 * the line of each key, so the loader can point at the right line. Values are trimmed; the first line
 * of a key gives its line, the last its value.
 */
final class ContentHeader {
    static final String SEPARATOR = "~~~~~~";
    private static final String BOM = "\uFEFF";

    private final Map<String, Integer> lines;
    private final Map<String, String> values;
    /** The index of the line after the separator. */
    private final int bodyStart;

    private ContentHeader(Map<String, Integer> lines, Map<String, String> values, int bodyStart) {
        this.lines = lines;
        this.values = values;
        this.bodyStart = bodyStart;
    }

    /** The header of {@code fileLines}, or null when there is none (a line without {@code =}, or no separator). */
    static ContentHeader read(List<String> fileLines) {
        Map<String, Integer> keys = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String line = fileLines.get(i).replace(BOM, "").trim();
            if (line.equals(SEPARATOR)) {
                return new ContentHeader(keys, values, i + 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String key = line.substring(0, eq).trim();
            keys.putIfAbsent(key, i + 1);
            values.put(key, line.substring(eq + 1).trim());
        }
        return null;
    }

    boolean has(String key) {
        return lines.containsKey(key);
    }

    /** The value of {@code key}, or null when it is absent or blank. */
    String text(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The 1-based line of {@code key}, or 1 when it is absent. */
    int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** The text after the separator line, every line ending in a newline. */
    String body(List<String> fileLines) {
        StringBuilder body = new StringBuilder();
        for (String line : fileLines.subList(bodyStart, fileLines.size())) {
            body.append(line).append('\n');
        }
        return body.toString();
    }
}
