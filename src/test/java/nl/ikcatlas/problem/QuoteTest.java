package nl.ikcatlas.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages quote at most about 60 characters of a value, on one line. */
class QuoteTest {
    @Test
    void shortValuesAreQuotedAsTheyAre() {
        assertEquals("'De Wei'", Quote.of("De Wei"));
        assertEquals("'" + "a".repeat(60) + "'", Quote.of("a".repeat(60)));
    }

    @Test
    void longValuesAreCutAndLineBreaksBecomeSpaces() {
        assertEquals("'" + "a".repeat(57) + "...'", Quote.of("a".repeat(61)));
        assertEquals("'regel 1 regel 2'", Quote.of("regel 1\nregel 2"));
    }

    @Test
    void aLongValueInADataFileIsQuotedShort(@TempDir Path dir) {
        String secret = "geheim".repeat(40);
        Problems problems = new Problems();
        LoadedAtlas loaded = new AtlasLoader().load(TinySite.valid().with("""
                -- data/childcare/opvang.yaml --
                id: opvang
                name: Opvang De Wei
                holder: houder
                care_types: [kdv]
                vve: %s
                address: Schoolstraat 3
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.001, lon: 4.501}
                area: noord
                source: voorbeeld
                -- data/boards/bestuur.yaml --
                id: bestuur
                number: %s
                source: duo
                """.formatted(secret, secret)).writeTo(dir), problems);
        new Validator().validate(loaded, problems);
        String shown = "'" + secret.substring(0, 57) + "...'";
        assertEquals(List.of(shown + " is not a valid bevoegd-gezagnummer", "'vve' must be true or false, not " + shown),
                problems.sorted().stream().map(Problem::message).toList());
    }
}
