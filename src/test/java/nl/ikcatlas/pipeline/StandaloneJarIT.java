package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar {@code mvn package} makes for a municipality's own repository: copied on its own into an empty
 * folder, it validates and builds an atlas folder that holds only {@code data/}, as that repository's CI does.
 */
class StandaloneJarIT {
    private static final Path JAR = Path.of("target/ikc-atlas-standalone.jar");

    @TempDir
    Path dir;

    @Test
    void buildsAnAtlasFolderThatHoldsOnlyData() throws IOException, InterruptedException {
        Path jar = Files.copy(JAR, Files.createDirectories(dir.resolve("tool")).resolve("ikc-atlas.jar"));
        Path atlas = TinySite.valid().writeTo(dir.resolve("gemeente"));
        Files.delete(atlas.resolve("content"));

        assertEquals(0, run(atlas, jar, "validate"), Files.readString(dir.resolve("output.txt")));
        assertTrue(Files.readString(dir.resolve("output.txt")).contains("No problems found"));
        assertEquals(0, run(atlas, jar, "build"), Files.readString(dir.resolve("output.txt")));

        Path site = atlas.resolve("target/site");
        for (String file : new String[] {"index.html", "over.html", "privacy.html", "toegankelijkheid.html",
                "scholen/de-school.html", "assets/atlas.css", "schema/school.schema.json", "rapport.pdf"}) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertEquals(1, run(atlas.resolve("data"), jar, "validate"), "a folder without data/ is a problem");
    }

    /** Runs {@code java -jar JAR COMMAND} in {@code workDir}; its output goes to {@code output.txt}. */
    private int run(Path workDir, Path jar, String command) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toAbsolutePath().toString(), command)
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + command + " did not finish in 10 minutes");
        }
        return process.exitValue();
    }
}
