package nl.ikcatlas.importer;

import java.util.List;
import java.util.Optional;
import nl.ikcatlas.importer.cbs.CbsWijkenImport;
import nl.ikcatlas.importer.cbs.PostcodeImport;
import nl.ikcatlas.importer.duo.DuoImport;
import nl.ikcatlas.importer.lrk.LrkImport;

/** The registers that can be imported, by the name the command line uses. */
public final class Registers {
    public static final List<String> NAMES = List.of("duo", "lrk", "cbs-wijken", "postcodes");

    private Registers() {
    }

    public static Optional<RegisterImport> named(String name) {
        return switch (name) {
            case "duo" -> Optional.of(new DuoImport());
            case "lrk" -> Optional.of(new LrkImport());
            case "cbs-wijken" -> Optional.of(new CbsWijkenImport());
            case "postcodes" -> Optional.of(new PostcodeImport());
            default -> Optional.empty();
        };
    }
}
