package nl.ikcatlas.view;

import java.util.List;
import nl.ikcatlas.site.Glossary;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.SiteFile;

/**
 * Everything the view step makes, once per build: the pages to render, the site's other files
 * (search index, geodata, downloads, map scripts) ready to be written, and the glossary whose terms
 * the rendered pages link to.
 */
public record SiteView(List<Page> pages, List<SiteFile> files, Glossary glossary) {

    public SiteView {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }
}
