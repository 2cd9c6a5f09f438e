package nl.ikcatlas.validate;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;

/** Loads and validates a tiny site, returning its problems as printed (message lines and hints). */
final class Check {

    private Check() {
    }

    static List<String> problems(TinySite site, Path dir) {
        Problems problems = new Problems();
        LoadedAtlas loaded = new AtlasLoader().load(site.writeTo(dir), problems);
        new Validator().validate(loaded, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
