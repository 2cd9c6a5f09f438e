package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build keeps the files of the site before it whose bytes did not change: linked, not written again. */
class StagedSiteTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithTheSameBytesIsLinkedFromTheSiteBefore() throws IOException {
        Path old = Files.createDirectories(dir.resolve("site/scholen"));
        Files.writeString(old.resolve("a.html"), "zelfde");
        Files.writeString(old.resolve("b.html"), "oud");
        Files.writeString(old.resolve("c.html"), "oud, langer");
        Files.createSymbolicLink(old.resolve("d.html"), old.resolve("a.html"));
        Path staged = Files.createDirectories(dir.resolve("staged"));

        StagedSite site = new StagedSite(dir.resolve("site"), staged);
        for (String name : new String[] {"a", "b", "c", "d", "e"}) {
            site.write("scholen/" + name + ".html", "zelfde".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(fileKey(old.resolve("a.html")), fileKey(staged.resolve("scholen/a.html")));
        for (String name : new String[] {"b", "c", "d", "e"}) {
            Path file = staged.resolve("scholen/" + name + ".html");
            assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS), name);
            assertEquals(1, (int) Files.getAttribute(file, "unix:nlink"), name + " is written, not linked");
            assertEquals("zelfde", Files.readString(file));
        }
        assertEquals("oud", Files.readString(old.resolve("b.html")), "the site before is left as it was");
    }

    @Test
    void withoutASiteBeforeEveryFileIsWritten() throws IOException {
        Path staged = Files.createDirectories(dir.resolve("staged"));
        new StagedSite(dir.resolve("nog-niet"), staged).write("a/b/c.txt", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(staged.resolve("a/b/c.txt")));
        assertFalse(Files.exists(dir.resolve("nog-niet")));
    }

    @Test
    void aSecondBuildKeepsTheUnchangedPagesAndWritesTheChangedOnes() throws IOException {
        Path atlas = TinySite.valid().with(TinySite.ABOUT_PAGE).writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        Path out = dir.resolve("site");
        assertTrue(new AtlasPipeline().build(atlas, out).succeeded());
        Object about = fileKey(out.resolve("over.html"));
        Object school = fileKey(out.resolve("scholen/de-school.html"));

        Path record = atlas.resolve("data/schools/de-school.yaml");
        Files.writeString(record, Files.readString(record).replace("name: De School", "name: De Linde"));
        assertTrue(new AtlasPipeline().build(atlas, out).succeeded());

        assertEquals(about, fileKey(out.resolve("over.html")), "a page that does not show the school is kept");
        assertNotEquals(school, fileKey(out.resolve("scholen/de-school.html")));
        assertTrue(Files.readString(out.resolve("scholen/de-school.html")).contains("<h1>De Linde</h1>"));
        assertEquals(1, (int) Files.getAttribute(out.resolve("over.html"), "unix:nlink"), "the site before is gone");
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
