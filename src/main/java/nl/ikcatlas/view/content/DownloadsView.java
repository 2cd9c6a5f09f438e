package nl.ikcatlas.view.content;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;

/** The open data page: every download with its columns, the edition date and the licence. */
public record DownloadsView(Layout layout, String edition, String licence, String licenceHref, List<DataFile> files,
        Link geojson, Link json) implements PageView {
    @Override
    public String template() {
        return "downloads.ftl";
    }

    public DownloadsView {
        files = List.copyOf(files);
    }

    /** {@code anchor} names the file's heading; {@code rows} says what one row is. */
    public record DataFile(String anchor, Link file, String rows, List<Column> columns) {
        public DataFile {
            columns = List.copyOf(columns);
        }
    }

    public record Column(String name, String meaning) {
    }
}
