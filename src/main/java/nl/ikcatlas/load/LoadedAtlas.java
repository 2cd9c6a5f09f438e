package nl.ikcatlas.load;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.Atlas;

/**
 * What loading produced: the atlas (settings or instrument null when their file was unusable),
 * the {@code data/} folder it came from, and, per folder, the file names of records that could not be read at all, so that
 * references to them are not reported a second time as missing.
 */
public record LoadedAtlas(Atlas atlas, Path dataDir, Map<RecordFolder, Set<String>> unreadable) {

    public LoadedAtlas {
        unreadable = Map.copyOf(unreadable);
    }

    public boolean isUnreadable(RecordFolder folder, String id) {
        return unreadable.getOrDefault(folder, Set.of()).contains(id);
    }
}
