package nl.ikcatlas.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code content/} and {@code templates/} a build reads: the atlas folder's own, completed with the
 * defaults inside the tool ({@code atlas-defaults/} on the class path), so an atlas folder may hold only
 * {@code data/}. Templates are completed file by file: an atlas changes one template, or one asset, by
 * writing a file of the same name. Content is taken whole: the atlas's own {@code content/} when it has
 * one, else the default pages. When nothing needs completing the atlas folder is read as it is; otherwise
 * the two are put together in a temporary folder that {@link #close} removes.
 */
final class AtlasSources implements AutoCloseable {
    static final String DEFAULTS = "atlas-defaults";
    static final String CONTENT = "content";
    static final String TEMPLATES = "templates";

    private final Path dir;
    private final boolean temporary;

    private AtlasSources(Path dir, boolean temporary) {
        this.dir = dir;
        this.temporary = temporary;
    }

    /** The folder holding the {@code content/} and {@code templates/} to build with. */
    Path dir() {
        return dir;
    }

    static AtlasSources of(Path atlasDir) throws IOException {
        Path location = codeLocation();
        if (Files.isDirectory(location)) {
            return of(atlasDir, location.resolve(DEFAULTS));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return of(atlasDir, jar.getPath("/" + DEFAULTS));
        }
    }

    static AtlasSources of(Path atlasDir, Path defaults) throws IOException {
        boolean ownContent = Files.isDirectory(atlasDir.resolve(CONTENT));
        List<Path> templates = files(defaults.resolve(TEMPLATES));
        boolean complete = templates.stream()
                .allMatch(file -> Files.exists(atlasDir.resolve(relative(defaults, file))));
        if (!Files.isDirectory(defaults) || ownContent && complete) {
            return new AtlasSources(atlasDir, false);
        }
        Path dir = Files.createTempDirectory("ikc-atlas-sources");
        copy(defaults, templates, dir);
        copy(atlasDir, files(atlasDir.resolve(TEMPLATES)), dir);
        copy(ownContent ? atlasDir : defaults, files((ownContent ? atlasDir : defaults).resolve(CONTENT)), dir);
        return new AtlasSources(dir, true);
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path codeLocation() {
        try {
            return Path.of(AtlasSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the tool's own location cannot be read", e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Copies {@code files}, which lie under {@code from}, to the same places under {@code to}. */
    private static void copy(Path from, List<Path> files, Path to) throws IOException {
        for (Path file : files) {
            Path target = to.resolve(relative(from, file));
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code file}'s path below {@code dir} as text, so it can be resolved in another file system. */
    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString();
    }
}
