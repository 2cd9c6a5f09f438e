package nl.ikcatlas.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.site.SiteWriter;
import java.util.stream.Stream;

/**
 * The output folder, replaced only by a complete new site: pages are written to a staging
 * folder beside it, which takes the old folder's place once everything has been written.
 */
final class SiteOutput {
    private final Path target;

    SiteOutput(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /** A fresh, empty folder next to the target to build the new site in. */
    Path stage() throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
    }

    /**
     * Marks the staged site as the tool's (see {@link OutputFolder}) and puts it in the target's place;
     * the old site, which {@link OutputFolder} found to hold only the tool's files, is removed only after that succeeded.
     */
    void publish(Path staged) throws IOException {
        writeMarker(staged);
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staged, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Writes the site's files other than pages to {@code out}. */
    static void write(List<SiteFile> files, SiteWriter out) throws IOException {
        for (SiteFile file : files) {
            out.write(file.path(), file.content());
        }
    }

    private static void writeMarker(Path staged) throws IOException {
        List<String> files;
        try (Stream<Path> found = Files.find(staged, Integer.MAX_VALUE, (p, file) -> file.isRegularFile())) {
            files = found.map(p -> staged.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        Files.writeString(staged.resolve(OutputFolder.MARKER), OutputFolder.markerText(files), StandardCharsets.UTF_8);
    }

    /** Removes a staged site that will not be published. */
    void discard(Path staged) throws IOException {
        deleteTree(staged);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
