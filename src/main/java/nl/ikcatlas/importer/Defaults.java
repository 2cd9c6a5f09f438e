package nl.ikcatlas.importer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a new atlas starts with, inside the tool: {@code atlas-defaults/content/},
 * {@code atlas-defaults/templates/} and {@code atlas-defaults/data/instrument.yaml}, which the build
 * copies from the project's own {@code content/}, {@code templates/} and {@code data/instrument.yaml}.
 */
final class Defaults {
    static final String ROOT = "atlas-defaults";

    private Defaults() {
    }

    /** Copies every default file into {@code atlasDir}, keeping its path below atlas-defaults/. */
    static void copyTo(Path atlasDir) throws IOException {
        URL url = Defaults.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the tool was built without its " + ROOT + " resources");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem jar = null;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                // opened elsewhere in this process: use it, and leave it open
            }
            try {
                copy(FileSystems.getFileSystem(uri).getPath(ROOT), atlasDir);
            } finally {
                if (jar != null) {
                    jar.close();
                }
            }
        } else {
            copy(Path.of(uri), atlasDir);
        }
    }

    private static void copy(Path root, Path atlasDir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = atlasDir.resolve(root.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
