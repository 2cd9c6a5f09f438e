package nl.ikcatlas.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ikcatlas.site.SiteWriter;

/**
 * The staging folder of a build. A file whose bytes are exactly those of the same file in the site built
 * before (the output folder, which {@link OutputFolder} found to hold only the tool's files) is not written
 * again but linked from there (a hard link): an unchanged file keeps its date, so a deploy that compares
 * dates uploads only what changed, and removing the old site frees nothing it still needs. A file that is
 * new, changed, or not a plain file in the old site is written; so is every file where the file system
 * has no hard links.
 */
final class StagedSite implements SiteWriter {
    private final Path previous;
    private final Path staged;
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private volatile boolean linking;

    /** Stages into {@code staged}; {@code previous} is the output folder, which need not exist. */
    StagedSite(Path previous, Path staged) {
        this.previous = previous;
        this.staged = staged;
        this.linking = Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Path target = staged.resolve(path);
        folders.computeIfAbsent(target.getParent(), StagedSite::made);
        if (linking) {
            Path old = previous.resolve(path);
            if (same(old, content)) {
                try {
                    Files.createLink(target, old);
                    return;
                } catch (UnsupportedOperationException | IOException e) {
                    linking = false; // no hard links here (or not between these folders): write instead
                }
            }
        }
        Files.write(target, content);
    }

    private static Boolean made(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the folder " + folder, e);
        }
    }

    /** Whether {@code old} is a plain file (not a link) holding exactly {@code content}. */
    private static boolean same(Path old, byte[] content) {
        try {
            BasicFileAttributes file = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return file.isRegularFile() && file.size() == content.length && Arrays.equals(Files.readAllBytes(old), content);
        } catch (IOException e) {
            return false;
        }
    }
}
