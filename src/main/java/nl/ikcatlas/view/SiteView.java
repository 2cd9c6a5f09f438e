package nl.ikcatlas.view;

import java.util.List;
import nl.ikcatlas.site.Glossary;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.site.SiteFile;

/**
 * Everything the view step makes, once per build: the pages to render (most of them made only when
 * rendered), the site's other files (search index, geodata, downloads, map scripts) ready to be written,
 * and the glossary whose terms the rendered pages link to.
 */
public record SiteView(List<PageSource> sources, List<SiteFile> files, Glossary glossary) {

    public SiteView {
        sources = List.copyOf(sources);
        files = List.copyOf(files);
    }

    /** The same pages and glossary, without the other files (once they are written). */
    public SiteView withoutFiles() {
        return new SiteView(sources, List.of(), glossary);
    }

    /** Every page with its view, all made now and held: for a small site, or to compare with another build. */
    public List<Page> pages() {
        return sources.stream().map(PageSource::page).toList();
    }
}
