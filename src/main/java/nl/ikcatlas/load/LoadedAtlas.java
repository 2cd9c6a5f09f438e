package nl.ikcatlas.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.PostcodePoint;

/**
 * What loading produced: the atlas (settings or instrument null when their file was unusable),
 * the {@code data/} folder it came from, per folder the file names of records that could not be read at all, so that
 * references to them are not reported a second time as missing, and the outlines read from the areas' boundary
 * files (read once, for the checks and for the maps), and the points of the optional postcode file (for the
 * search page's "near me").
 */
public record LoadedAtlas(Atlas atlas, Path dataDir, Map<RecordFolder, Set<String>> unreadable, Boundaries boundaries,
        List<PostcodePoint> postcodes) {

    public LoadedAtlas {
        unreadable = Map.copyOf(unreadable);
        postcodes = List.copyOf(postcodes);
    }

    public boolean isUnreadable(RecordFolder folder, String id) {
        return unreadable.getOrDefault(folder, Set.of()).contains(id);
    }
}
