package nl.ikcatlas.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ikcatlas.load.RecordKind;
import nl.ikcatlas.schema.SchemaWriter;

/**
 * Checks YAML records against the JSON Schemas with an independent validator, reading the YAML as an
 * editor's tooling does: into JSON values with Jackson, so unquoted numbers and {@code true} arrive typed.
 */
public final class SchemaCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<RecordKind, Schema> schemas = new EnumMap<>(RecordKind.class);

    private SchemaCheck(Function<RecordKind, String> text) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (RecordKind kind : RecordKind.values()) {
            schemas.put(kind, registry.getSchema(text.apply(kind)));
        }
    }

    /** The schemas as the generator makes them now. */
    public static SchemaCheck generated() {
        SchemaWriter writer = new SchemaWriter();
        return new SchemaCheck(writer::text);
    }

    /** The schema files in {@code dir}, as editors read them. */
    public static SchemaCheck files(Path dir) {
        return new SchemaCheck(kind -> {
            try {
                return Files.readString(dir.resolve(kind.schemaFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static JsonNode json(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's objections to {@code yaml}; empty when it is valid. */
    public List<String> errors(RecordKind kind, String yaml) {
        return errors(kind, json(yaml));
    }

    public List<String> errors(RecordKind kind, JsonNode record) {
        return schemas.get(kind).validate(record).stream().map(Error::toString).toList();
    }
}
