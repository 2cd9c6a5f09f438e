package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlaceCountsTest {
    @Test
    void describesTheKindsThereAreWithDutchThousandSeparators() {
        assertEquals("2.000 kindcentra, 6.100 scholen en 31.800 opvanglocaties",
                new PlaceCounts(2000, 6100, 31_800).describe());
        assertEquals("1 kindcentrum en 1 opvanglocatie", new PlaceCounts(1, 0, 1).describe());
        assertEquals("1 school", new PlaceCounts(0, 1, 0).describe());
        assertEquals("geen plekken", new PlaceCounts(0, 0, 0).describe());
        assertEquals(39_900, new PlaceCounts(2000, 6100, 31_800).total());
    }

    @Test
    void aListTitleCountsOneInTheSingular() {
        assertEquals("Lijst van 1 plek", PlaceCounts.listTitle(1, "plek", "plekken"));
        assertEquals("Lijst van de 2 plekken", PlaceCounts.listTitle(2, "plek", "plekken"));
        assertEquals("Lijst van de 1.250 gebieden", PlaceCounts.listTitle(1250, "gebied", "gebieden"));
    }

    @Test
    void numbersAreWrittenAsDutchNumberFormatWritesThem() {
        NumberFormat dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
        for (long n : new long[] {0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -1_250_000,
                Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(dutch.format(n), PlaceCounts.number(n));
        }
        assertEquals("31.800", PlaceCounts.number(31_800));
    }
}
