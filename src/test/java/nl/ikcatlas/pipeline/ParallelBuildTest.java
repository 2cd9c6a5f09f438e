package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site rendered on several threads is the site rendered on one, byte for byte, the report's PDF included. */
class ParallelBuildTest {
    @Test
    void theTinySiteIsTheSameWithOneThreadAndWithFour(@TempDir Path dir) throws IOException {
        Path atlas = BuiltSite.withTemplates(TinySite.valid(), dir);
        assertSame(build(atlas, 1, dir.resolve("een")), build(atlas, 4, dir.resolve("vier")));
    }

    @Test
    void theShippedSiteIsTheSameWithOneThreadAndWithFour(@TempDir Path dir) throws IOException {
        Path atlas = Path.of(".");
        assertSame(build(atlas, 1, dir.resolve("een")), build(atlas, 4, dir.resolve("vier")));
    }

    private static Path build(Path atlas, int jobs, Path out) {
        BuildReport report = AtlasPipeline.withJobs(jobs).build(atlas, out);
        assertEquals(List.of(), report.problems().stream().map(Problem::format).toList());
        return out;
    }

    private static void assertSame(Path one, Path four) throws IOException {
        List<String> files = files(one);
        assertEquals(files, files(four));
        assertTrue(files.contains("rapport.pdf"), files.toString());
        assertTrue(files.size() > 20, files.toString());
        List<String> different = new ArrayList<>();
        for (String file : files) {
            if (!Arrays.equals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)))) {
                different.add(file);
            }
        }
        assertEquals(List.of(), different);
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
