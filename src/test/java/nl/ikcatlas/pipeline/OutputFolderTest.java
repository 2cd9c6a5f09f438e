package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is the tool's alone: which folders a build may replace, and what it leaves alone. */
class OutputFolderTest {
    private static final String TAIL = ". The build replaces the whole output folder, so it must be the tool's alone.";

    @TempDir
    Path dir;

    private Path atlas() throws IOException {
        Path atlas = dir.resolve("atlas");
        for (String folder : new String[] {"data/schools", "content", "templates/assets", "schema"}) {
            Files.createDirectories(atlas.resolve(folder));
        }
        return atlas;
    }

    private static String refused(Path out, String why, String what) {
        return "cannot build into '" + out + "': " + why + "; " + what + TAIL;
    }

    @Test
    void aNewFolderAnEmptyFolderAndFoldersBesideTheSourcesAreFine() throws IOException {
        Path atlas = atlas();
        assertEquals(Optional.empty(), OutputFolder.refusal(atlas, atlas.resolve("target/site")));
        assertEquals(Optional.empty(), OutputFolder.refusal(atlas, atlas.resolve("publiek")));
        assertEquals(Optional.empty(), OutputFolder.refusal(atlas, Files.createDirectories(dir.resolve("leeg"))));
        assertEquals(Optional.empty(), OutputFolder.refusal(atlas, dir.resolve("nieuw/site")));
    }

    @Test
    void theAtlasFoldersAboveItAndItsSourcesAreRefused() throws IOException {
        Path atlas = atlas();
        String instead = "build into a new folder, such as the default " + atlas.resolve("target").resolve("site");
        assertEquals(Optional.of(refused(atlas, "it is the atlas folder itself", instead)), OutputFolder.refusal(atlas, atlas));
        assertEquals(Optional.of(refused(dir, "the atlas folder is inside it", instead)), OutputFolder.refusal(atlas, dir));
        Path up = atlas.resolve("data/..");
        assertEquals(Optional.of(refused(up, "it is the atlas folder itself", instead)), OutputFolder.refusal(atlas, up));
        for (String source : new String[] {"data", "content", "templates", "schema"}) {
            Path inside = atlas.resolve(source).resolve("site");
            assertEquals(Optional.of(refused(inside, "it is inside the atlas's " + source + "/ folder",
                    "build into a new folder outside data/, content/, templates/ and schema/")),
                    OutputFolder.refusal(atlas, inside));
        }
        assertTrue(OutputFolder.refusal(atlas, atlas.resolve("templates/assets")).isPresent());
        assertTrue(OutputFolder.refusal(atlas, Path.of("/")).isPresent());
    }

    @Test
    void theHomeFolderAFileAndAFolderWithOtherFilesAreRefused() throws IOException {
        Path atlas = atlas();
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(Optional.of(refused(home, "it is your home folder", "build into a new folder")),
                OutputFolder.refusal(atlas, home));
        Path file = Files.writeString(dir.resolve("site.txt"), "mijn tekst");
        assertEquals(Optional.of(refused(file, "it is a file, not a folder", "give a new folder")),
                OutputFolder.refusal(atlas, file));
        Path mine = Files.createDirectories(dir.resolve("mijn-map/foto's"));
        Files.writeString(mine.resolve("vakantie.jpg"), "foto");
        assertEquals(Optional.of(refused(mine.getParent(), "it holds files that the tool did not write, such as"
                + " 'foto's'", "give a new or empty folder, or move those files elsewhere")),
                OutputFolder.refusal(atlas, mine.getParent()));
    }

    @Test
    void symbolicLinksAreRefusedAndCannotHideTheAtlas() throws IOException {
        Path atlas = atlas();
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("elders")));
        assertEquals(Optional.of(refused(link, "it is a symbolic link", "give the folder it points to, or a new folder")),
                OutputFolder.refusal(atlas, link));
        Path toData = Files.createSymbolicLink(dir.resolve("naar-data"), atlas.resolve("data"));
        Path behind = toData.resolve("site");
        assertEquals(Optional.of(refused(behind, "it is inside the atlas's data/ folder",
                "build into a new folder outside data/, content/, templates/ and schema/")),
                OutputFolder.refusal(atlas, behind));
    }

    @Test
    void anEarlierBuildIsReplacedButFilesAddedToItAreKeptAndRefused() throws IOException {
        Path site = BuiltSite.build(TinySite.valid(), dir);
        Path atlas = dir.resolve("atlas");
        String marker = Files.readString(site.resolve(OutputFolder.MARKER));
        assertTrue(marker.startsWith(OutputFolder.MARKER_TEXT + "\n.rapport.pdf.input\nassets/atlas.css\n"), marker);
        assertTrue(marker.contains("\nindex.html\n"), marker);
        assertEquals(Optional.empty(), OutputFolder.refusal(atlas, site));
        assertTrue(new AtlasPipeline().build(atlas, site).succeeded());

        Files.writeString(site.resolve("scholen/notities.txt"), "van mij");
        assertEquals(Optional.of(refused(site, "it holds files that the tool did not write, such as"
                + " 'scholen/notities.txt'", "give a new or empty folder, or move those files elsewhere")),
                OutputFolder.refusal(atlas, site));
        assertThrows(IllegalArgumentException.class, () -> new AtlasPipeline().build(atlas, site));
        assertEquals("van mij", Files.readString(site.resolve("scholen/notities.txt")));
    }

    @Test
    void aMarkerWithoutTheToolsTextMarksNothing() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(OutputFolder.MARKER), "index.html\n");
        Files.writeString(out.resolve("index.html"), "mijn eigen pagina");
        assertEquals(Optional.of(refused(out, "it holds files that the tool did not write, such as 'index.html'",
                "give a new or empty folder, or move those files elsewhere")), OutputFolder.refusal(atlas(), out));
    }
}
