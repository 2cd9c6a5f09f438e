package nl.ikcatlas.readability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page's measured text has its fixed sentences, not the generated lists of areas and sections. */
class GeneratedListsTest {
    @TempDir
    Path dir;

    @Test
    void homePageIsMeasuredWithoutItsListsOfNames() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid(), dir);
        String html = Files.readString(site.resolve("index.html"));
        assertTrue(html.contains("<ul class=\"area-tree\" data-readability=\"skip\">"));
        assertTrue(html.contains("<ul class=\"cards\" data-readability=\"skip\">"));
        String text = PageText.of(html);
        assertTrue(text.contains("\nU kiest zelf een school en een opvang voor uw kind."), text);
        assertTrue(text.contains("\nKernen en wijken\nAlle kernen en wijken\n"), text);
        assertFalse(text.contains("Noord"), text);
    }
}
