package nl.ikcatlas.importer;

import java.nio.file.Path;
import java.util.Optional;
import nl.ikcatlas.problem.Problems;

/** One register's import: its rows of the atlas's municipality become records in the plan. */
public interface RegisterImport {

    /** The register's source in atlas.yaml. */
    RegisterSource source();

    /** What the file is, in words for messages: "DUO's file of school locations". */
    String kind();

    /**
     * Reads the register into the plan: merges its records of the atlas's municipality. Every mistake
     * in the file is a problem with its line; then the plan must not be written.
     */
    void read(Path file, String name, AtlasFile atlas, ImportPlan plan, Problems problems);

    /**
     * The municipality's name as the register writes it, for a new atlas; empty when the file has no
     * rows for it (or cannot be read: the import reports why).
     */
    Optional<String> municipalityName(Path file, String code);
}
