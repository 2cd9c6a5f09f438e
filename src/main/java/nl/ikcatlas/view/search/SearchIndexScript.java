package nl.ikcatlas.view.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.SitePaths;

/**
 * The search index as a script that defines it ({@code window.IKC_ZOEKINDEX = [...]}), so the search
 * page loads it with a plain {@code <script src>}: it works from file:// and any host, with no fetch.
 * Beside it the postcode table ({@code window.IKC_POSTCODES = {"2661": [lat, lon], ...}}), so a postcode
 * is placed in the browser and never leaves it.
 */
public final class SearchIndexScript {
    private final ObjectMapper json = new ObjectMapper();

    public SiteFile file(List<SearchEntry> entries, Map<String, Coordinates> postcodes) {
        Map<String, double[]> points = new LinkedHashMap<>();
        postcodes.forEach((postcode, at) -> points.put(postcode,
                new double[] {SearchIndex.round(at.lat()), SearchIndex.round(at.lon())}));
        try {
            // "<" is escaped so the data can never close a script element, wherever it ends up.
            String array = json.writeValueAsString(entries).replace("<", "\\u003c");
            return SiteFile.text(SitePaths.SEARCH_INDEX,
                    "/* Zoekindex van de IKC-atlas; gemaakt bij het bouwen van de site. */\n"
                            + "window.IKC_ZOEKINDEX = " + array + ";\n"
                            + "window.IKC_POSTCODES = " + json.writeValueAsString(points) + ";\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index cannot be written as JSON", e);
        }
    }
}
