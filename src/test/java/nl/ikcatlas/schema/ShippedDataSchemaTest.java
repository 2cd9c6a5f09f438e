package nl.ikcatlas.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.load.RecordKind;
import nl.ikcatlas.testing.SchemaCheck;
import org.junit.jupiter.api.Test;

/** Every shipped record names its schema on its first line and is valid against the committed schema files. */
class ShippedDataSchemaTest {
    private static final Path DATA = Path.of("data");

    @Test
    void everyShippedRecordIsValidAgainstItsSchema() throws IOException {
        SchemaCheck schemas = SchemaCheck.files(Path.of(RecordKind.SCHEMA_FOLDER));
        List<String> invalid = new ArrayList<>();
        List<Path> records = records();
        for (Path file : records) {
            RecordKind kind = kindOf(file);
            schemas.errors(kind, Files.readString(file)).forEach(error -> invalid.add(file + ": " + error));
        }
        assertEquals(List.of(), invalid);
        assertEquals(107, records.size());
    }

    @Test
    void everyShippedRecordStartsWithTheLineThatNamesItsSchema() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : records()) {
            String first = Files.readString(file).lines().findFirst().orElse("");
            if (!first.equals(kindOf(file).schemaComment())) {
                missing.add(file + ": " + first);
            }
        }
        assertEquals(List.of(), missing);
    }

    private static List<Path> records() throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The kind whose location holds {@code file}: {@code data/atlas.yaml} or a file in {@code data/schools/}. */
    private static RecordKind kindOf(Path file) {
        String path = file.toString().replace('\\', '/');
        for (RecordKind kind : RecordKind.values()) {
            if (path.equals(kind.location()) || path.startsWith(kind.location()) && kind.location().endsWith("/")) {
                return kind;
            }
        }
        throw new AssertionError("no kind of record lives at " + path);
    }
}
