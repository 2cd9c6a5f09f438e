package nl.ikcatlas.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.ikcatlas.load.RecordKind;
import nl.ikcatlas.site.SiteFile;

/** The schemas as files, {@code schema/KIND.schema.json}: in every built site, and in the repository. */
public final class SchemaFiles {
    /** How to write the repository's {@code schema/} again after a reader's fields changed. */
    public static final String REGENERATE =
            "mvn -B -q compile exec:java -Dexec.mainClass=nl.ikcatlas.schema.SchemaFiles";

    private final SchemaWriter writer = new SchemaWriter();

    public List<SiteFile> files() {
        return Arrays.stream(RecordKind.values())
                .map(kind -> SiteFile.text(RecordKind.SCHEMA_FOLDER + "/" + kind.schemaFile(), writer.text(kind)))
                .toList();
    }

    /** Writes the schemas into {@code schema/} of the folder given (default: the current one). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        for (SiteFile file : new SchemaFiles().files()) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
            System.out.println("wrote " + target);
        }
    }
}
