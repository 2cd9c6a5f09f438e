package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.testing.BuiltSite;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same site, byte for byte, whenever and wherever it is built. */
class ReproducibleBuildTest {
    @Test
    void buildingTwiceGivesIdenticalFilesTheReportPdfIncluded(@TempDir Path dir) throws Exception {
        Path atlas = BuiltSite.withTemplates(TinySite.valid().with("""
                -- content/over.md --
                title=Over deze atlas
                type=page
                status=published
                template=about.ftl
                ~~~~~~
                Wat deze atlas laat zien.
                """), dir);
        assertTrue(new AtlasPipeline().build(atlas, dir.resolve("eerste")).succeeded());
        // the clock moves on, and the second site is written to another folder
        Thread.sleep(1100);
        assertTrue(new AtlasPipeline().build(atlas, dir.resolve("tweede/site")).succeeded());

        Path first = dir.resolve("eerste");
        Path second = dir.resolve("tweede/site");
        List<String> files = files(first);
        assertEquals(files, files(second));
        assertTrue(files.contains("rapport.pdf"), files.toString());
        List<String> different = new ArrayList<>();
        for (String file : files) {
            if (!Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)))) {
                different.add(file);
            }
        }
        assertEquals(List.of(), different);
        try (PDDocument pdf = Loader.loadPDF(first.resolve("rapport.pdf").toFile())) {
            // dated by the edition, not by the clock
            assertEquals(Instant.parse("2026-11-01T00:00:00Z"), pdf.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(Instant.parse("2026-11-01T00:00:00Z"),
                    pdf.getDocumentInformation().getModificationDate().toInstant());
        }
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
