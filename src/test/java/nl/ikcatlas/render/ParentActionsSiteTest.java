package nl.ikcatlas.render;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Website, telephone and register buttons on childcare and holder pages, and their checks. */
class ParentActionsSiteTest {
    @TempDir
    Path dir;

    private static final String WITH_ACTIONS = """
            -- data/holders/houder.yaml --
            id: houder
            name: Kinderopvang Houder
            kvk: "12345678"
            website: https://www.houder.nl
            phone: 010 123 45 67
            source: voorbeeld
            -- data/childcare/opvang.yaml --
            id: opvang
            lrk: "123456789"
            name: Opvang De Wei
            holder: houder
            care_types: [kdv, bso]
            vve: true
            address: Schoolstraat 3
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.501}
            area: noord
            lrk_url: https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/123456789
            website: https://www.dewei.nl
            phone: +31 10 765 43 21
            source: voorbeeld
            -- data/childcare/zonder.yaml --
            id: zonder
            name: BSO Zonder
            holder: houder
            care_types: [bso]
            vve: false
            address: Schoolstraat 5
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.502}
            area: noord
            source: voorbeeld
            """;

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void aLocationOffersItsWebsiteTelephoneAndRegisterPageAsButtons() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid().with(WITH_ACTIONS), dir);
        String opvang = read(site.resolve("opvang/opvang.html"));
        assertEquals("""
                <ul class="acties" aria-label="Contact">
                <li><a class="actie" href="https://www.dewei.nl">Naar de website</a></li><li><a class="actie" href="tel:+31107654321">Bel +31 10 765 43 21</a></li><li><a class="actie" href="https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/123456789">Bekijk in het Landelijk Register Kinderopvang</a></li>
                </ul>""", fragment(opvang, "<ul class=\"acties\"", "</ul>"));
        assertTrue(opvang.contains("<p class=\"small-print\">Het LRK is het Landelijk Register Kinderopvang."), opvang);

        String zonder = read(site.resolve("opvang/zonder.html"));
        assertFalse(zonder.contains("class=\"acties\""), zonder);
        assertFalse(zonder.contains("Landelijk Register"), zonder);

        String houder = read(site.resolve("houders/houder.html"));
        assertEquals("""
                <ul class="acties" aria-label="Contact">
                <li><a class="actie" href="https://www.houder.nl">Naar de website</a></li><li><a class="actie" href="tel:0101234567">Bel 010 123 45 67</a></li>
                </ul>""", fragment(houder, "<ul class=\"acties\"", "</ul>"));
    }

    @Test
    void aNumberWithoutItsRegisterPageLeadsToTheRegistersSearch() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid(), dir);
        assertEquals("""
                <ul class="acties" aria-label="Contact">
                <li><a class="actie" href="https://www.landelijkregisterkinderopvang.nl/">Zoek nummer 123456789 op in het Landelijk Register Kinderopvang</a></li>
                </ul>""", fragment(read(site.resolve("opvang/opvang.html")), "<ul class=\"acties\"", "</ul>"));
    }

    @Test
    void telephoneNumbersAndRegisterPagesMustHaveTheirFormat() {
        TinySite site = TinySite.valid().with(WITH_ACTIONS
                .replace("phone: 010 123 45 67", "phone: 06-1234")
                .replace("lrk_url: https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/123456789",
                        "lrk_url: https://www.example.nl/opvang"));
        List<String> problems = new AtlasPipeline().check(BuiltSite.withTemplates(site, dir)).problems().stream()
                .map(Problem::format).sorted().toList();
        assertEquals(List.of(
                "data/childcare/opvang.yaml:12:10: 'https://www.example.nl/opvang' is not a valid page of the"
                        + " childcare register\n    hint: copy the address from the column lrk_url of the register's"
                        + " export; it starts with https://www.landelijkregisterkinderopvang.nl/",
                "data/holders/houder.yaml:5:8: '06-1234' is not a valid Dutch telephone number\n"
                        + "    hint: write the 10 digits of an organisation's number, with spaces if you like, for"
                        + " example 010 123 45 67 or +31 10 123 45 67; never a person's own number"),
                problems);
    }
}
