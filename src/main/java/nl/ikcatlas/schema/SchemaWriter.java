package nl.ikcatlas.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import nl.ikcatlas.load.FieldGroup;
import nl.ikcatlas.load.FieldSpec;
import nl.ikcatlas.load.FieldType;
import nl.ikcatlas.load.RecordKind;

/**
 * Turns the loader's field declarations into a JSON Schema (draft 2020-12) per kind of record. The schema
 * accepts what the loader reads: scalars are read from their text, so a code or number may be written with
 * or without quotes, and an optional field may be left empty.
 */
public final class SchemaWriter {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String WHOLE_NUMBER = "^-?[0-9]{1,9}$";
    private static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";
    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final ObjectWriter writer = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    /** The schema of {@code kind} as the text of its file. */
    public String text(RecordKind kind) {
        try {
            return writer.writeValueAsString(schema(kind)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode schema(RecordKind kind) {
        ObjectNode schema = json.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", kind.title());
        schema.put("description", "Eén record in " + kind.location() + ", geschreven in YAML. Zie de README van ikc-atlas.");
        schema.setAll(object(kind.fields()));
        return schema;
    }

    private ObjectNode object(FieldGroup group) {
        ObjectNode object = json.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = json.arrayNode();
        for (FieldSpec field : group.fields()) {
            ObjectNode property = properties.putObject(field.name()).put("description", field.description());
            property.setAll(value(field.type(), field.required()));
            if (field.required()) {
                required.add(field.name());
            } else {
                allowEmpty(property);
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        object.put("additionalProperties", false);
        return object;
    }

    /** The schema of one value; {@code required} values may not be empty. */
    private ObjectNode value(FieldType type, boolean required) {
        ObjectNode node = json.objectNode();
        if (type instanceof FieldType.Text text && text.format() != null) {
            node.set("type", text.format().digitsOnly() ? types("string", "integer") : types("string"));
            node.put("pattern", "^(?:" + text.format().regex() + ")$");
            node.putArray("examples").add(text.format().example());
        } else if (type instanceof FieldType.Text) {
            node.set("type", types("string", "number", "boolean"));
            if (required) {
                node.put("minLength", 1);
            }
        } else if (type instanceof FieldType.Date) {
            node.put("type", "string").put("format", "date").put("pattern", DATE);
        } else if (type instanceof FieldType.WholeNumber) {
            node.set("type", types("integer", "string"));
            node.put("pattern", WHOLE_NUMBER);
        } else if (type instanceof FieldType.Decimal) {
            node.set("type", types("number", "string"));
            node.put("pattern", DECIMAL);
        } else if (type instanceof FieldType.Flag flag) {
            node.putArray("enum").add(true).add(false).add("true").add("false");
            if (!required) {
                node.put("default", flag.whenAbsent());
            }
        } else if (type instanceof FieldType.Choice choice) {
            node.set("enum", codes(choice));
        } else if (type instanceof FieldType.ListOf list) {
            node.put("type", "array").set("items", value(list.item(), true));
            if (required) {
                node.put("minItems", 1);
            }
        } else if (type instanceof FieldType.Group group) {
            node.setAll(object(group.fields()));
        } else if (type instanceof FieldType.Keyed keyed) {
            node.put("type", "object");
            if (keyed.key() instanceof FieldType.Choice choice) {
                ArrayNode names = node.putObject("propertyNames").putArray("enum");
                choice.codes().forEach(names::add);
            }
            node.set("additionalProperties", value(keyed.value(), true));
        } else if (type instanceof FieldType.Coordinates) {
            node.put("type", "object");
            node.putArray("oneOf").add(point("lat", "lon")).add(point("x", "y"));
        } else {
            throw new IllegalArgumentException("no schema for " + type);
        }
        return node;
    }

    /** One way of writing coordinates: exactly these two fields. */
    private ObjectNode point(String first, String second) {
        ObjectNode point = json.objectNode();
        ObjectNode properties = point.putObject("properties");
        for (FieldSpec field : FieldType.Coordinates.FIELDS.fields()) {
            if (field.name().equals(first) || field.name().equals(second)) {
                properties.putObject(field.name()).put("description", field.description())
                        .setAll(value(field.type(), true));
            }
        }
        point.putArray("required").add(first).add(second);
        point.put("additionalProperties", false);
        return point;
    }

    /** The codes of a closed vocabulary; a code of digits may also be written as a number. */
    private ArrayNode codes(FieldType.Choice choice) {
        ArrayNode codes = json.arrayNode();
        for (String code : choice.codes()) {
            if (code.matches("[1-9][0-9]*")) {
                codes.add(Integer.parseInt(code));
            }
        }
        choice.codes().forEach(codes::add);
        return codes;
    }

    /** The loader reads an empty optional field as absent. */
    private void allowEmpty(ObjectNode property) {
        JsonNode enumeration = property.get("enum");
        if (enumeration instanceof ArrayNode values) {
            values.addNull();
        }
        JsonNode type = property.get("type");
        if (type instanceof ArrayNode types) {
            types.add("null");
        } else if (type != null) {
            property.set("type", types(type.asText(), "null"));
        }
    }

    /** One type as a string, several as a list. */
    private JsonNode types(String... names) {
        if (names.length == 1) {
            return json.textNode(names[0]);
        }
        ArrayNode types = json.arrayNode();
        for (String name : names) {
            types.add(name);
        }
        return types;
    }
}
