package nl.ikcatlas.view.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.SitePaths;

/**
 * The search index as a script that defines it ({@code window.IKC_ZOEKINDEX = [...]}), so the search
 * page loads it with a plain {@code <script src>}: it works from file:// and any host, with no fetch.
 */
public final class SearchIndexScript {
    private final ObjectMapper json = new ObjectMapper();

    public SiteFile file(List<SearchEntry> entries) {
        try {
            // "<" is escaped so the data can never close a script element, wherever it ends up.
            String array = json.writeValueAsString(entries).replace("<", "\\u003c");
            return SiteFile.text(SitePaths.SEARCH_INDEX,
                    "/* Zoekindex van de IKC-atlas; gemaakt bij het bouwen van de site. */\n"
                            + "window.IKC_ZOEKINDEX = " + array + ";\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index cannot be written as JSON", e);
        }
    }
}
