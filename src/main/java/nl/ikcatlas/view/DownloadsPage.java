package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.export.AtlasJson;
import nl.ikcatlas.export.Column;
import nl.ikcatlas.export.CsvFile;
import nl.ikcatlas.site.Page;

/** Builds the open data page: what each download holds, column by column, as the downloads declare them. */
final class DownloadsPage {
    static final String PATH = "downloads.html";

    private final ViewContext ctx;

    DownloadsPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    Page page(List<CsvFile<?>> downloads) {
        List<DownloadsView.DataFile> files = new ArrayList<>();
        for (CsvFile<?> download : downloads) {
            List<DownloadsView.Column> columns = new ArrayList<>();
            for (Column<?> c : download.columns()) {
                columns.add(new DownloadsView.Column(c.name(), c.meaning()));
            }
            files.add(new DownloadsView.DataFile(download.name().replace('.', '-'),
                    new Link(download.path(), download.name()), download.row(), columns));
        }
        DownloadsView view = new DownloadsView(
                ctx.layouts().layout(PATH, Section.OTHER, "Open data", List.of(), ctx.notes()),
                Dutch.date(ctx.index().atlas().settings().edition()), AtlasJson.LICENCE, AtlasJson.LICENCE_URL, files,
                new Link(GeoData.PATH, GeoData.PATH), new Link(AtlasJson.PATH, "atlas.json"));
        return new Page(PATH, view);
    }
}
