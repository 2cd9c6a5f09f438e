package nl.ikcatlas.export;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.site.SiteFile;

/** One CSV download: its file name, what one row is (plain Dutch: "een schoolvestiging"), its columns and rows. */
public record CsvFile<T>(String name, String row, List<Column<T>> columns, List<T> rows) {

    public CsvFile {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Where the file lies in the site. */
    public String path() {
        return Downloads.DIRECTORY + name;
    }

    /** The file as the site holds it. */
    public SiteFile file() {
        Csv csv = new Csv().row(columns.stream().map(Column::name).toList());
        List<String> fields = new ArrayList<>(columns.size());
        for (T item : rows) {
            fields.clear();
            for (Column<T> c : columns) {
                fields.add(c.value().apply(item));
            }
            csv.row(fields);
        }
        return SiteFile.text(path(), csv.text());
    }
}
