package nl.ikcatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.model.Atlas;

/** Writes the files of every source into the site folder. */
public final class SiteFiles {
    private final List<SiteFileSource> sources;

    public SiteFiles(List<SiteFileSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Writes every file and returns how many were written. */
    public int write(Atlas atlas, Path siteDir) throws IOException {
        int written = 0;
        for (SiteFileSource source : sources) {
            for (SiteFile file : source.files(atlas)) {
                Path target = siteDir.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
                written++;
            }
        }
        return written;
    }
}
