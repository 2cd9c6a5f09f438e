package nl.ikcatlas.importer;

import java.util.List;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/** Checks that a register file is the kind the import expects and has every column it reads. */
public final class Columns {
    private Columns() {
    }

    /**
     * True when {@code table} has all {@code required} columns. A file without {@code identifying} is of
     * the wrong kind, said in one problem (naming the right import when {@code otherKinds} recognises it);
     * otherwise each missing column is a problem.
     */
    public static boolean check(CsvTable table, String kind, String identifying, List<String> required,
                                Problems problems) {
        Position header = new Position(table.file(), 1, 1);
        if (!table.header().contains(identifying)) {
            String hint = table.header().contains("lrk_id") ? "this looks like the LRK's export: use 'import lrk'"
                    : table.header().contains("VESTIGINGSCODE") ? "this looks like DUO's file of school locations: use 'import duo'"
                    : "download the register's export again; its first line names the columns";
            problems.add(header, "this is not " + kind + ": it has no column '" + identifying + "'", hint);
            return false;
        }
        boolean complete = true;
        for (String column : required) {
            if (!table.header().contains(column)) {
                problems.add(header, "the column '" + column + "' is missing from " + kind,
                        "the import needs it; download the register's export again");
                complete = false;
            }
        }
        return complete;
    }
}
