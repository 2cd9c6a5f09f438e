package nl.ikcatlas.importer;

import java.util.ArrayList;
import java.util.List;

/** What an import changes, in the order it was found, as lines for the person who runs it. */
public final class ChangeReport {
    private final List<String> lines = new ArrayList<>();
    private int added;
    private int changed;
    private int renamed;
    private int closed;
    private int removed;

    public void added(String file, String name) {
        added++;
        lines.add("added   " + file + " (" + name + ")");
    }

    public void changed(String file, String field, String before, String after) {
        changed++;
        lines.add("changed " + file + ": " + field + " " + shown(before) + " -> " + shown(after));
    }

    public void renamed(String file, String before, String after) {
        renamed++;
        lines.add("renamed " + file + ": '" + before + "' -> '" + after + "' (the old name is kept in former_names)");
    }

    public void closed(String file, String name, String date, String why) {
        closed++;
        lines.add("closed  " + file + " (" + name + ") on " + date + ": " + why);
    }

    /** A line an import owns that the register no longer gives (a postcode), removed from its file. */
    public void removed(String file, String what, String why) {
        removed++;
        lines.add("removed " + file + " (" + what + "): " + why);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The closing line: the counts, or that nothing changed. */
    public String summary() {
        if (isEmpty()) {
            return "No changes: the atlas already has what the register says.";
        }
        return added + " added, " + changed + " changed, " + renamed + " renamed, " + closed + " closed"
                + (removed > 0 ? ", " + removed + " removed." : ".");
    }

    private static String shown(String value) {
        return value == null ? "(none)" : "'" + value + "'";
    }
}
