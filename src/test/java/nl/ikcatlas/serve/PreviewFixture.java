package nl.ikcatlas.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;

/** A preview of the tiny atlas (with the project's templates) in a folder of the test's own, on any free port. */
final class PreviewFixture implements AutoCloseable {
    static final String SCHOOL = "data/schools/de-school.yaml";

    final Path atlas;
    final Preview preview;
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    PreviewFixture(Path dir) throws IOException {
        atlas = TinySite.valid().writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        preview = Preview.start(atlas, 0, new PrintStream(terminal, true, StandardCharsets.UTF_8));
    }

    String url(String path) {
        return preview.address() + path;
    }

    /** What the preview printed so far. */
    String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    /** Replaces {@code from} by {@code to} in a file of the atlas, as an editor saving it would. */
    void edit(String file, String from, String to) {
        try {
            Path path = atlas.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no '" + from + "'");
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (on a busy machine up to a minute) until build {@code number} is done. */
    BuildOutcome awaitBuild(int number) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (preview.latest().number() < number) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("build " + number + " did not come; the terminal says:\n" + terminal());
            }
            Thread.sleep(20);
        }
        return preview.latest();
    }

    @Override
    public void close() {
        preview.close();
    }
}
