package nl.ikcatlas.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.problem.Problems;

/** Files that records refer to must be inside {@code data/boundaries/} and exist. */
final class FileRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        Path boundaries = loaded.dataDir().resolve(AtlasLoader.BOUNDARIES).toAbsolutePath().normalize();
        for (Area area : loaded.atlas().areas()) {
            String boundary = area.boundary();
            if (boundary == null) {
                continue;
            }
            Path file = loaded.dataDir().resolve(boundary).toAbsolutePath().normalize();
            if (!file.startsWith(boundaries) || boundary.contains("\\")) {
                problems.add(area.origin().at("boundary"), "the boundary file must be in data/"
                        + AtlasLoader.BOUNDARIES + "/", "write it as " + AtlasLoader.BOUNDARIES + "/<name>.geojson");
            } else if (!Files.isRegularFile(file)) {
                problems.add(area.origin().at("boundary"), "the boundary file data/" + boundary + " does not exist",
                        "put the area's GeoJSON outline there, or remove the line");
            }
        }
    }
}
