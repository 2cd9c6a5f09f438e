package nl.ikcatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.problem.Problems;

/**
 * The shipped atlas (the repository's data/, content/ and templates/), built once per test JVM and
 * shared by the tests that look at it; they only read it. Deleted when the JVM ends.
 */
public final class ShippedSite {
    private static ShippedSite built;

    private final Path site;
    private final BuildReport report;
    private final Atlas atlas;

    private ShippedSite(Path site, BuildReport report, Atlas atlas) {
        this.site = site;
        this.report = report;
        this.atlas = atlas;
    }

    /** The built site; the first call builds it. */
    public static synchronized ShippedSite get() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("shipped-atlas");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path site = dir.resolve("site");
                built = new ShippedSite(site, new AtlasPipeline().build(Path.of("."), site),
                        new AtlasLoader().load(Path.of("."), new Problems()).atlas());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    /** The folder of the built site. */
    public Path site() {
        return site;
    }

    /** The records the site was built from. */
    public Atlas atlas() {
        return atlas;
    }

    /** What the build reported. */
    public BuildReport report() {
        return report;
    }

    private static void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind; the JVM is ending anyway
        }
    }
}
