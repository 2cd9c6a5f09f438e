package nl.ikcatlas.view.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import nl.ikcatlas.model.Source;
import org.junit.jupiter.api.Test;

class SourceNotesTest {
    private static final Source EXAMPLE = new Source("voorbeeld", "Voorbeeldgegevens", null, null,
            LocalDate.of(2026, 11, 1), true, null);
    private static final Source DUO = new Source("duo", "Alle schoolvestigingen", "DUO", null,
            LocalDate.of(2026, 10, 1), false, null);

    private static SourceNotes notes() {
        return new SourceNotes(Map.of("voorbeeld", EXAMPLE, "duo", DUO));
    }

    @Test
    void oneSingularTopicReadsRight() {
        assertEquals("Op deze pagina zijn dit voorbeeldgegevens: het aantal peuters. Ze zijn bedacht om te laten zien"
                + " hoe de atlas werkt.", notes().add("voorbeeld", "het aantal peuters").illustrativeNotice());
    }

    @Test
    void severalTopicsAreJoinedAndOnlyExampleSourcesCount() {
        assertEquals("Op deze pagina zijn dit voorbeeldgegevens: het aantal peuters en de ambitieniveaus. Ze zijn"
                + " bedacht om te laten zien hoe de atlas werkt.", notes().add("voorbeeld", "het aantal peuters")
                .add("duo", "de gegevens van de scholen").add("voorbeeld", "de ambitieniveaus").illustrativeNotice());
    }

    @Test
    void noExampleDataNoNotice() {
        assertNull(notes().add("duo", "de gegevens van de scholen").illustrativeNotice());
    }
}
