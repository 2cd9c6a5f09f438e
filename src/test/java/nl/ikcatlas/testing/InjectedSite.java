package nl.ikcatlas.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny atlas in which every text field of the model is written as a slot,
 * {@code @@School.name=De School@@}: the field's path (see {@link ModelTextFields}) and its normal value.
 * {@link #site} fills the chosen slots with an injection payload (the normal value, a space and
 * {@link #payload}) with a number per field, and the others with their normal value.
 */
public final class InjectedSite {
    private static final Pattern SLOT = Pattern.compile("@@([A-Za-z.\\[\\]{}]+)=(.*?)@@");

    /** One slot: the field, its normal value, and the file and line it is on. */
    public record Slot(String field, String normal, String file, int line) {
    }

    private final String text;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    public InjectedSite(String text) {
        this.text = text;
        String file = null;
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            if (row.startsWith("-- ") && row.endsWith(" --")) {
                file = row.substring(3, row.length() - 3).strip();
                line = 0;
            }
            Matcher m = SLOT.matcher(row);
            while (m.find()) {
                if (slots.put(m.group(1), new Slot(m.group(1), m.group(2), file, line)) != null) {
                    duplicates.add(m.group(1));
                }
            }
        }
    }

    public Map<String, Slot> slots() {
        return slots;
    }

    /** Fields written in more than one slot: each field must have exactly one. */
    public List<String> duplicates() {
        return duplicates;
    }

    /** The part of every injected value after the normal value: markup, quotes and an ampersand, marked with {@code n}. */
    public static String payload(int n) {
        return "<script>x" + n + "</script>\"'&<img src=x" + n + " onerror=y>";
    }

    /** The site with each field of {@code numbers} injected with its number's payload. */
    public TinySite site(Map<String, Integer> numbers) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer n = numbers.get(m.group(1));
            String value = n == null ? m.group(2) : yamlQuoted(m.group(2) + " " + payload(n));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return TinySite.of(out.toString());
    }

    private static String yamlQuoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
