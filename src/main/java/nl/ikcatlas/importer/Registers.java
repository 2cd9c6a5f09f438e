package nl.ikcatlas.importer;

import java.util.List;
import java.util.Optional;
import nl.ikcatlas.importer.duo.DuoImport;

/** The registers that can be imported, by the name the command line uses. */
public final class Registers {
    public static final List<String> NAMES = List.of("duo");

    private Registers() {
    }

    public static Optional<RegisterImport> named(String name) {
        return switch (name) {
            case "duo" -> Optional.of(new DuoImport());
            default -> Optional.empty();
        };
    }
}
