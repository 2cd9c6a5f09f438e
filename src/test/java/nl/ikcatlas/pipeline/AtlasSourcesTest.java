package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are completed from the defaults file by file; content is the atlas's own folder or the defaults. */
class AtlasSourcesTest {
    @TempDir
    Path dir;

    private Path defaults() {
        return TinySite.of("""
                -- defaults/templates/page.ftl --
                standaard pagina
                -- defaults/templates/assets/atlas.css --
                standaard stijl
                -- defaults/content/over.md --
                standaard over
                """).writeTo(dir).resolve("defaults");
    }

    @Test
    void aFolderWithOnlyDataGetsTheDefaultContentAndTemplates() throws IOException {
        Path atlas = Files.createDirectories(dir.resolve("atlas/data"));
        Path used;
        try (AtlasSources sources = AtlasSources.of(atlas.getParent(), defaults())) {
            used = sources.dir();
            assertEquals(List.of("content/over.md", "templates/assets/atlas.css", "templates/page.ftl"), files(used));
            assertEquals("standaard stijl\n", Files.readString(used.resolve("templates/assets/atlas.css")));
        }
        assertFalse(Files.exists(used), "the folder put together for the build is removed afterwards");
    }

    @Test
    void anOwnFileReplacesTheDefaultOfTheSameNameAndOwnContentReplacesAllDefaultPages() throws IOException {
        Path atlas = TinySite.of("""
                -- atlas/templates/assets/atlas.css --
                eigen stijl
                -- atlas/templates/logo.ftl --
                eigen logo
                -- atlas/content/nieuws.md --
                eigen nieuws
                """).writeTo(dir).resolve("atlas");
        try (AtlasSources sources = AtlasSources.of(atlas, defaults())) {
            assertEquals(List.of("content/nieuws.md", "templates/assets/atlas.css", "templates/logo.ftl",
                    "templates/page.ftl"), files(sources.dir()));
            assertEquals("eigen stijl\n", Files.readString(sources.dir().resolve("templates/assets/atlas.css")));
            assertEquals("standaard pagina\n", Files.readString(sources.dir().resolve("templates/page.ftl")));
        }
        assertEquals(List.of("content/nieuws.md", "templates/assets/atlas.css", "templates/logo.ftl"), files(atlas));
    }

    @Test
    void aCompleteAtlasFolderIsReadAsItIs() throws IOException {
        Path repository = Path.of(".");
        try (AtlasSources sources = AtlasSources.of(repository)) {
            assertEquals(repository, sources.dir());
        }
        assertTrue(Files.isRegularFile(repository.resolve("templates/layout.ftl")));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
