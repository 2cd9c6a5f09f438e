package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's pipeline renders again only the pages whose view changed, and all of them after a template change. */
class RepeatedBuildsTest {
    @TempDir
    Path dir;

    @Test
    void onlyChangedPagesAreRenderedAgain() throws IOException {
        Path atlas = TinySite.valid().with(TinySite.ABOUT_PAGE).writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        Path out = dir.resolve("site");
        AtlasPipeline pipeline = AtlasPipeline.forRepeatedBuilds();
        assertTrue(pipeline.build(atlas, out).succeeded());
        assertFalse(Files.exists(out.resolve("rapport.pdf")), "the PDF is made on request only");
        Object school = fileKey(out.resolve("scholen/de-school.html"));
        Object about = fileKey(out.resolve("over.html"));

        Path record = atlas.resolve("data/schools/de-school.yaml");
        Files.writeString(record, Files.readString(record).replace("name: De School", "name: De Linde"));
        assertTrue(pipeline.build(atlas, out).succeeded());
        assertNotEquals(school, fileKey(out.resolve("scholen/de-school.html")));
        assertTrue(Files.readString(out.resolve("scholen/de-school.html")).contains("<h1>De Linde</h1>"));
        assertEquals(about, fileKey(out.resolve("over.html")), "a page that does not show the school is kept");

        Path layout = atlas.resolve("templates/layout.ftl");
        Files.writeString(layout, Files.readString(layout).replace("<head>", "<head>\n<meta name=\"x-test\" content=\"1\">"));
        pipeline.templatesChanged();
        assertTrue(pipeline.build(atlas, out).succeeded());
        assertNotEquals(about, fileKey(out.resolve("over.html")));
        assertTrue(Files.readString(out.resolve("over.html")).contains("<meta name=\"x-test\" content=\"1\">"));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
