package nl.ikcatlas.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.load.RecordKind;
import org.junit.jupiter.api.Test;

/** The schemas in the repository's {@code schema/} are the ones the loader's declarations make, and valid. */
class SchemaFilesTest {
    private final SchemaWriter writer = new SchemaWriter();

    @Test
    void theCommittedSchemasAreTheGeneratedOnes() throws IOException {
        List<String> stale = new ArrayList<>();
        for (SiteFile file : new SchemaFiles().files()) {
            Path committed = Path.of(file.path());
            String expected = new String(file.content(), StandardCharsets.UTF_8);
            if (!Files.isRegularFile(committed) || !Files.readString(committed).equals(expected)) {
                stale.add(file.path());
            }
        }
        try (Stream<Path> files = Files.list(Path.of(RecordKind.SCHEMA_FOLDER))) {
            files.map(f -> RecordKind.SCHEMA_FOLDER + "/" + f.getFileName())
                    .filter(f -> new SchemaFiles().files().stream().noneMatch(s -> s.path().equals(f)))
                    .forEach(f -> stale.add(f + " (not made by the generator)"));
        }
        assertEquals(List.of(), stale, "the schemas differ from the loader's fields; write them again with: "
                + SchemaFiles.REGENERATE);
    }

    @Test
    void everySchemaIsValidDraft202012() {
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SchemaWriter.DIALECT));
        for (RecordKind kind : RecordKind.values()) {
            assertEquals(List.of(), metaSchema.validate(writer.schema(kind)), kind.schemaFile());
        }
    }

    @Test
    void fieldsHaveTheirDescriptionFormatAndAllowedValues() {
        String school = flat(writer.text(RecordKind.SCHOOL));
        assertTrue(school.contains(flat("""
                "postcode": {
                  "description": "Postcode: vier cijfers, een spatie en twee hoofdletters, zoals 2651 AB.",
                  "type": "string",
                  "pattern": "^(?:[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2})$",
                  "examples": [ "2651 AB" ]
                },""")), school);
        String childcare = flat(writer.text(RecordKind.CHILDCARE));
        assertTrue(childcare.contains(flat("""
                "care_types": {
                  "description": "De soorten opvang, minstens een: kdv (dagopvang, 0 tot 4 jaar), peuteropvang (2 tot 4 jaar), bso (buitenschoolse opvang, 4 tot 12 jaar) of tso (tussenschoolse opvang).",
                  "type": "array",
                  "items": {
                    "enum": [ "kdv", "peuteropvang", "bso", "tso" ]
                  },
                  "minItems": 1
                },
                "places": {
                  "description": "Het aantal kindplaatsen per soort opvang uit 'care_types', zoals 'bso: 40'.",
                  "type": [ "object", "null" ],
                  "propertyNames": {
                    "enum": [ "kdv", "peuteropvang", "bso", "tso" ]
                  },
                  "additionalProperties": {
                    "type": [ "integer", "string" ],
                    "pattern": "^-?[0-9]{1,9}$"
                  }
                },""")), childcare);
        assertTrue(writer.text(RecordKind.KINDCENTRUM).contains("\"enum\": [ 1, 2, 3, \"1\", \"2\", \"3\" ]"));
        assertTrue(writer.text(RecordKind.ATLAS).contains("\"enum\": [ \"pdok\", \"openstreetmap\", \"geen\" ]"));
    }

    /** The text without its indentation, so fragments can be compared wherever they are nested. */
    private static String flat(String json) {
        return json.lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    @Test
    void everyKindHasItsFileAndTheLineThatPointsEditorsToIt() {
        assertEquals("# yaml-language-server: $schema=../schema/atlas.schema.json", RecordKind.ATLAS.schemaComment());
        assertEquals("# yaml-language-server: $schema=../../schema/kindcentrum.schema.json",
                RecordKind.KINDCENTRUM.schemaComment());
        assertEquals(List.of("schema/atlas.schema.json", "schema/instrument.schema.json", "schema/area.schema.json",
                "schema/board.schema.json", "schema/school.schema.json", "schema/holder.schema.json",
                "schema/childcare.schema.json", "schema/kindcentrum.schema.json"),
                new SchemaFiles().files().stream().map(SiteFile::path).toList());
    }
}
