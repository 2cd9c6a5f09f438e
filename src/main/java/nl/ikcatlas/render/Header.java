package nl.ikcatlas.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line numbers of a content file's header keys. JBake parses the header itself but keeps no
 * positions and only logs its mistakes; this lets the loader point at the right line.
 */
final class Header {
    private final Map<String, Integer> lines;

    private Header(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The header before {@code separator}, or null when there is none, as JBake sees it. */
    static Header read(List<String> fileLines, String separator) {
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < fileLines.size(); i++) {
            String line = fileLines.get(i).replace("\uFEFF", "").trim();
            if (line.equals(separator)) {
                return new Header(keys);
            }
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                return null;
            }
            keys.putIfAbsent(line.substring(0, eq).trim(), i + 1);
        }
        return null;
    }

    boolean has(String key) {
        return lines.containsKey(key);
    }

    /** The 1-based line of {@code key}, or 1 when it is absent. */
    int line(String key) {
        return lines.getOrDefault(key, 1);
    }
}
