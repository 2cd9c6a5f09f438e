package nl.ikcatlas.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.CodeFormat;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.Logo;
import nl.ikcatlas.problem.Problems;

/**
 * Files that records refer to must exist inside the atlas: boundaries in {@code data/boundaries/}, the
 * logo in {@code templates/assets/}.
 */
final class FileRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        checkLogo(loaded, problems);
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

    private static void checkLogo(LoadedAtlas loaded, Problems problems) {
        AtlasSettings settings = loaded.atlas().settings();
        Logo logo = settings == null ? null : settings.logo();
        if (logo == null) {
            return;
        }
        Path atlas = loaded.dataDir().toAbsolutePath().normalize().getParent();
        Path folder = atlas.resolve(Logo.FOLDER).normalize();
        Path file = atlas.resolve(logo.file()).normalize();
        if (!CodeFormat.LOGO.matches(logo.file()) || !file.startsWith(folder)) {
            problems.add(settings.origin().at("logo.file"), "the logo must be an image in templates/assets/ of the atlas",
                    "write it like " + CodeFormat.LOGO.example() + " (svg, png, jpg or webp)");
        } else if (!Files.isRegularFile(file)) {
            problems.add(settings.origin().at("logo.file"), "the logo file " + logo.file() + " does not exist",
                    "put the logo there, or remove the line");
        }
    }
}
