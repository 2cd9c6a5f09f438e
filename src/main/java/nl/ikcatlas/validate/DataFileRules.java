package nl.ikcatlas.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.load.PostcodeFileReader;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * Every file under {@code data/} is a YAML record, an area's GeoJSON outline under {@code data/boundaries/}, or
 * the postcode file {@code data/postcodes.csv}: anything else (notes, photos, spreadsheets) would be silently ignored, so it is reported. Hidden files, such as
 * those an operating system leaves behind, are left alone.
 */
final class DataFileRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        Path data = loaded.dataDir();
        if (!Files.isDirectory(data)) {
            return;
        }
        Path boundaries = data.resolve(AtlasLoader.BOUNDARIES);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return; // the loader reports a folder it cannot read
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith(".") || name.endsWith(".yaml") || name.endsWith(".yml")
                    || file.equals(data.resolve(PostcodeFileReader.FILE))) {
                continue;
            }
            String where = "data/" + data.relativize(file).toString().replace('\\', '/');
            if (file.startsWith(boundaries)) {
                if (!name.endsWith(".geojson") && !name.endsWith(".json")) {
                    problems.add(Position.startOf(where), "only GeoJSON outlines (.geojson) belong in data/"
                            + AtlasLoader.BOUNDARIES + "/; this file is not read",
                            "move it out of data/, or save the outline as GeoJSON");
                }
            } else {
                problems.add(Position.startOf(where), "this file is not a YAML record, so it is not read",
                        "keep only .yaml records in data/: move notes and spreadsheets out of the atlas folder,"
                                + " and pictures for the pages to templates/assets/");
            }
        }
    }
}
