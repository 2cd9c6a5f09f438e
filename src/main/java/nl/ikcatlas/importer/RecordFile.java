package nl.ikcatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML record as lines, edited one top-level field at a time: a field is its key line with the
 * indented lines and list items below it. Every line the importer does not replace (editors' fields,
 * comments, blank lines) stays exactly as it was.
 */
public final class RecordFile {
    /** Marks a value the importer filled in and may replace; an editor removes it to make the value theirs. */
    public static final String MARK = "# set by import";
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:(.*)");

    /** One top-level field ({@code key} set) or a comment or blank line ({@code key} null). */
    private record Block(String key, List<String> lines) {
    }

    private final List<Block> blocks;
    private final String lineEnd;

    private RecordFile(List<Block> blocks, String lineEnd) {
        this.blocks = blocks;
        this.lineEnd = lineEnd;
    }

    /** A new record that starts with its schema line. */
    public static RecordFile create(String schemaLine) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(null, new ArrayList<>(List.of(schemaLine))));
        return new RecordFile(blocks, "\n");
    }

    public static RecordFile parse(String text) {
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            Matcher key = KEY.matcher(line);
            boolean continuation = line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-");
            if (continuation && !blocks.isEmpty()) {
                blocks.get(blocks.size() - 1).lines().add(line);
            } else {
                blocks.add(new Block(key.matches() ? key.group(1) : null, new ArrayList<>(List.of(line))));
            }
        }
        return new RecordFile(blocks, lineEnd);
    }

    public boolean has(String key) {
        return find(key) >= 0;
    }

    /** True when the field's key line carries {@link #MARK}: the importer set it. */
    public boolean marked(String key) {
        int at = find(key);
        return at >= 0 && blocks.get(at).lines().get(0).contains(MARK);
    }

    /**
     * Sets the field to {@code lines}: in place when it is there, else after the nearest field before it
     * in {@code order} (the order the importer writes fields in), else before the nearest one after it.
     */
    public void put(String key, List<String> lines, List<String> order) {
        Block block = new Block(key, new ArrayList<>(lines));
        int at = find(key);
        if (at >= 0) {
            blocks.set(at, block);
            return;
        }
        int index = order.indexOf(key);
        for (int i = index - 1; i >= 0; i--) {
            int before = find(order.get(i));
            if (before >= 0) {
                blocks.add(before + 1, block);
                return;
            }
        }
        for (int i = index + 1; i < order.size() && index >= 0; i++) {
            int after = find(order.get(i));
            if (after >= 0) {
                blocks.add(after, block);
                return;
            }
        }
        blocks.add(block);
    }

    /** Adds lines at the end of a field's block (a new item of a list). */
    public void append(String key, List<String> lines, List<String> order) {
        int at = find(key);
        if (at < 0) {
            List<String> all = new ArrayList<>();
            all.add(key + ":");
            all.addAll(lines);
            put(key, all, order);
        } else {
            blocks.get(at).lines().addAll(lines);
        }
    }

    public void remove(String key) {
        int at = find(key);
        if (at >= 0) {
            blocks.remove(at);
        }
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        blocks.forEach(block -> block.lines().forEach(line -> text.append(line).append(lineEnd)));
        return text.toString();
    }

    private int find(String key) {
        for (int i = 0; i < blocks.size(); i++) {
            if (key.equals(blocks.get(i).key())) {
                return i;
            }
        }
        return -1;
    }
}
