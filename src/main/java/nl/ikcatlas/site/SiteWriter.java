package nl.ikcatlas.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the files of a site being built go; called from several threads at once, for different paths. */
@FunctionalInterface
public interface SiteWriter {

    /** Writes {@code content} as the file at {@code path} (relative to the site, with {@code /}), making its folders. */
    void write(String path, byte[] content) throws IOException;

    /** Writes into the folder {@code dir} as it is. */
    static SiteWriter into(Path dir) {
        return (path, content) -> {
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        };
    }
}
