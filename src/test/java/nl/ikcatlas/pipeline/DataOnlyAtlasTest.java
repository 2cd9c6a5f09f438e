package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An atlas folder with only {@code data/} (and one own asset) is built with the tool's default pages and templates. */
class DataOnlyAtlasTest {
    @TempDir
    Path dir;

    @Test
    void buildsWithTheDefaultsAndTheAtlasOwnFiles() throws IOException {
        Path atlas = TinySite.valid().with("""
                -- templates/assets/atlas.css --
                body { color: black; }
                """).writeTo(dir.resolve("atlas"));
        Files.delete(atlas.resolve("content"));
        BuildReport report = new AtlasPipeline().build(atlas, dir.resolve("site"));
        assertEquals(List.of(), report.problems());
        Path site = dir.resolve("site");
        assertTrue(Files.readString(site.resolve("over.html")).contains("<h1>Over deze atlas</h1>"));
        assertTrue(Files.isRegularFile(site.resolve("privacy.html")));
        assertTrue(Files.readString(site.resolve("scholen/de-school.html")).contains("assets/atlas.css"));
        assertEquals("body { color: black; }", Files.readString(site.resolve("assets/atlas.css")).strip());
        assertTrue(Files.isRegularFile(site.resolve("assets/menu.js")));
        assertEquals(List.of("data", "templates"), Files.list(atlas).map(p -> p.getFileName().toString()).sorted().toList(),
                "nothing is written into the atlas folder");
    }
}
