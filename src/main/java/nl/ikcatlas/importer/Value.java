package nl.ikcatlas.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ikcatlas.load.YamlNode;

/**
 * The value of one register-owned field: a text, a list of texts or a group of {@code key: value} lines,
 * with the YAML lines that write it and the words that show it in the change report.
 */
public record Value(String shown, List<String> yaml, boolean isMarked) {
    private static final Pattern NEEDS_QUOTES = Pattern.compile(
            "(?i)[-+]?(\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan|0x[0-9a-f]+|0o[0-7]+)|true|false|yes|no|on|off|y|n|null|~");

    /** A text, quoted only where YAML would read it as something else. */
    public static Value text(String text) {
        return new Value(text, List.of(scalar(text)), false);
    }

    /** A number, date or true/false, written as it is. */
    public static Value raw(String text) {
        return new Value(text, List.of(text), false);
    }

    public static Value list(List<String> items) {
        return new Value(String.join(", ", items), items.stream().map(item -> "- " + scalar(item)).toList(), false);
    }

    /** A group of {@code key: value} lines; the values are numbers, written as they are. */
    public static Value group(Map<String, String> entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach((k, v) -> lines.add("  " + k + ": " + v));
        return new Value(show(entries), lines, false);
    }

    /** The same value with {@link RecordFile#MARK} on its key line: the importer may replace it later. */
    public Value marked() {
        return new Value(shown, yaml, true);
    }

    /** The lines of {@code key} with this value. */
    public List<String> lines(String key) {
        String mark = isMarked ? " " + RecordFile.MARK : "";
        if (yaml.size() == 1 && !yaml.get(0).startsWith("- ") && !yaml.get(0).startsWith("  ")) {
            return List.of(key + ": " + yaml.get(0) + mark);
        }
        List<String> lines = new ArrayList<>();
        lines.add(key + ":" + mark);
        lines.addAll(yaml);
        return lines;
    }

    /** How a value already in a record shows in the report, to compare it with the register's; null when absent. */
    public static String shown(YamlNode node) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? null : s.text();
        }
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items().stream().map(Value::shown).collect(Collectors.joining(", "));
        }
        Map<String, String> entries = new LinkedHashMap<>();
        ((YamlNode.Mapping) node).entries().forEach((k, e) -> entries.put(k, shown(e.value())));
        return show(entries);
    }

    private static String show(Map<String, String> entries) {
        return entries.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** A YAML scalar for {@code text}: plain when that reads back as the same text, else in single quotes. */
    static String scalar(String text) {
        boolean plain = !text.isEmpty() && text.equals(text.strip()) && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && !NEEDS_QUOTES.matcher(text).matches();
        return plain ? text : "'" + text.replace("'", "''") + "'";
    }
}
