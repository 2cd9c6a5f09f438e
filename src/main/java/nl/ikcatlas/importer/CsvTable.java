package nl.ikcatlas.importer;

import java.util.List;
import java.util.Map;

/** A register's export as read: its file name, the header's columns, and every row with its line number. */
public record CsvTable(String file, List<String> header, List<Row> rows) {

    /** One data row; values are trimmed, and a field of only spaces reads as empty. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }
}
