package nl.ikcatlas.view.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.PostcodePoint;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;

class PostcodeTableTest {
    /** Schoolstraat 1 and 3 in 2651 AB (the latter twice), Dorpsstraat 5 in 2651 AC, Randweg 1 and 2 in 2665 AA. */
    private static final Atlas ATLAS = TinySite.valid().with(TinySite.SECOND_KERN).load();

    private static Map<String, String> shown(Map<String, Coordinates> table) {
        Map<String, String> shown = new TreeMap<>();
        table.forEach((k, at) -> shown.put(k, String.format(Locale.ROOT, "%.5f, %.5f", at.lat(), at.lon())));
        return shown;
    }

    @Test
    void aPostcodeLiesAtTheMeanOfItsAddressesAndAnAreaAtTheMeanOfAllAddressesInIt() {
        assertEquals(Map.of(
                "2651", "52.00100, 4.50100",
                "2651AB", "52.00050, 4.50050",
                "2651AC", "52.00200, 4.50200",
                "2665", "52.10000, 4.60000",
                "2665AA", "52.10000, 4.60000"), shown(PostcodeTable.of(ATLAS, List.of())));
    }

    @Test
    void thePostcodeFileAddsPostcodesAndTakesThePlaceOfTheAtlasOwnPoints() {
        Map<String, String> table = shown(PostcodeTable.of(ATLAS, List.of(
                new PostcodePoint("2665", new Coordinates(52.05, 4.55)),
                new PostcodePoint("2661", new Coordinates(51.99, 4.50)))));
        assertEquals("52.05000, 4.55000", table.get("2665"));
        assertEquals("51.99000, 4.50000", table.get("2661"));
        assertEquals("52.10000, 4.60000", table.get("2665AA"));
        assertEquals(6, table.size());
    }
}
