package nl.ikcatlas.view.content;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.export.AtlasJson;
import nl.ikcatlas.export.Column;
import nl.ikcatlas.export.CsvFile;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the open data page: what each download holds, column by column, as the downloads declare them. */
public final class DownloadsPage {

    private final ViewContext ctx;

    public DownloadsPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page page(List<CsvFile<?>> downloads) {
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
                ctx.layouts().layout(SitePaths.DOWNLOADS, Section.OTHER, "Open data", List.of(), ctx.notes()),
                Dutch.date(ctx.index().atlas().settings().edition()), AtlasJson.LICENCE, AtlasJson.LICENCE_URL, files,
                new Link(SitePaths.GEODATA, SitePaths.GEODATA), new Link(AtlasJson.PATH, "atlas.json"));
        return new Page(SitePaths.DOWNLOADS, view);
    }
}
