package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidSiteTest {

    @Test
    void theValidTinySiteHasNoProblems(@TempDir Path dir) {
        assertEquals(List.of(), Check.problems(TinySite.valid(), dir));
    }
}
