package nl.ikcatlas.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.SchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * The loader and the JSON Schemas made from its declarations agree: a record with every declared field is
 * accepted by both, and every change that one of them rejects (a field missing, a value of the wrong shape
 * or outside its vocabulary, an unknown field) the other rejects too. A field the reader never read would
 * let a wrong value pass unnoticed, so this also proves that each declared field is read.
 */
class SchemaAgreementTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final YAMLMapper YAML =
            YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
    private static final Map<RecordKind, RecordReader<?>> READERS = Map.of(
            RecordKind.ATLAS, new SettingsReader(), RecordKind.INSTRUMENT, new InstrumentReader(),
            RecordKind.AREA, new AreaReader(), RecordKind.BOARD, new BoardReader(),
            RecordKind.SCHOOL, new SchoolReader(), RecordKind.HOLDER, new HolderReader(),
            RecordKind.CHILDCARE, new ChildcareReader(), RecordKind.KINDCENTRUM, new KindcentrumReader());

    private final SchemaCheck schemas = SchemaCheck.generated();
    private final List<String> disagreements = new ArrayList<>();

    @Test
    void aRecordWithEveryDeclaredFieldIsValidForBoth() {
        for (RecordKind kind : RecordKind.values()) {
            String record = yaml(sample(kind.fields()));
            assertEquals(List.of(), loaderProblems(kind, record), kind + ":\n" + record);
            assertEquals(List.of(), schemas.errors(kind, record), kind + ":\n" + record);
        }
    }

    @Test
    void bothRejectTheSameChanges() {
        for (RecordKind kind : RecordKind.values()) {
            ObjectNode record = sample(kind.fields());
            mutations(kind, record, record, kind.fields(), "");
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void codesAndNumbersAreAcceptedWithAndWithoutQuotes() {
        String board = "id: '42832'\nnumber: %s\nsource: duo\n";
        for (String number : List.of("24597", "'24597'", "\"024597\"")) {
            agree("number " + number, RecordKind.BOARD, board.formatted(number), true);
        }
        String holder = "id: skl\nname: SKL\nkvk: %s\nsource: duo\n";
        for (String kvk : List.of("41150245", "'01150245'", "01150245")) {
            agree("kvk " + kvk, RecordKind.HOLDER, holder.formatted(kvk), true);
        }
        String kindcentrum = """
                id: kc
                name: KC
                area: a
                schools: [s]
                scenario: school
                lead: samen
                interest: %s
                housing: {situation: apart}
                source: duo
                assessments:
                  - {year: %s, source: duo, levels: {ouders: integraal}}
                """;
        agree("interest 1", RecordKind.KINDCENTRUM, kindcentrum.formatted("1", "2024"), true);
        agree("interest '3'", RecordKind.KINDCENTRUM, kindcentrum.formatted("'3'", "'2024'"), true);
        agree("interest 4", RecordKind.KINDCENTRUM, kindcentrum.formatted("4", "2024"), false);
        agree("year twee", RecordKind.KINDCENTRUM, kindcentrum.formatted("1", "twee"), false);
        String childcare = """
                id: c
                name: C
                holder: h
                care_types: [bso]
                places: {%s: 40}
                vve: %s
                address: Straat 1
                postcode: 2651 AB
                place: P
                coordinates: {x: 92500, y: '445000'}
                area: a
                source: duo
                """;
        agree("vve false", RecordKind.CHILDCARE, childcare.formatted("bso", "false"), true);
        agree("vve 'true'", RecordKind.CHILDCARE, childcare.formatted("bso", "'true'"), true);
        agree("vve ja", RecordKind.CHILDCARE, childcare.formatted("bso", "ja"), false);
        agree("places naschools", RecordKind.CHILDCARE, childcare.formatted("naschools", "true"), false);
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyDeclaredFieldHasADescription() {
        List<String> undescribed = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            walk(kind.fields(), kind + ".", (path, field) -> {
                if (!field.description().matches("[A-Za-z0-9'].{10,}[.)]")) {
                    undescribed.add(path + ": " + field.description());
                }
            });
        }
        assertEquals(List.of(), undescribed);
    }

    @Test
    void readingAFieldOtherwiseThanDeclaredIsADefectOfTheReader() {
        Fields fields = Fields.of(new YamlReader().read("x.yaml", "id: a\n", new Problems()).orElseThrow(),
                BoardReader.FIELDS, new Problems());
        assertEquals("'naam' is read but not declared in a school board",
                assertThrows(IllegalStateException.class, () -> fields.text("naam")).getMessage());
        assertEquals("'number' of a school board is declared as Text[format=BOARD_NUMBER] but read as Date",
                assertThrows(IllegalStateException.class, () -> fields.date("number")).getMessage());
    }

    /** Changes each field of {@code group}, found in {@code node}, in the ways either side could reject. */
    private void mutations(RecordKind kind, ObjectNode record, ObjectNode node, FieldGroup group, String path) {
        change(kind, record, path + "onbekend added", false, () -> node.put("onbekend", "x"), () -> node.remove("onbekend"));
        for (FieldSpec field : group.fields()) {
            String at = path + field.name();
            JsonNode original = node.get(field.name());
            Runnable restore = () -> node.set(field.name(), original);
            change(kind, record, at + " removed", !field.required(), () -> node.remove(field.name()), restore);
            change(kind, record, at + " empty", !field.required(), () -> node.putNull(field.name()), restore);
            change(kind, record, at + " of the wrong shape", false,
                    () -> node.set(field.name(), wrongShape(field.type())), restore);
            JsonNode wrong = wrongValue(field.type());
            if (wrong != null) {
                change(kind, record, at + " wrong", false, () -> node.set(field.name(), wrong), restore);
            }
            inner(field.type(), original, (innerNode, innerGroup) ->
                    mutations(kind, record, innerNode, innerGroup, at + "."));
        }
    }

    /** The groups inside a value: a group itself, the first item of a list of groups, or a keyed group. */
    private static void inner(FieldType type, JsonNode value, BiConsumer<ObjectNode, FieldGroup> each) {
        if (type instanceof FieldType.Group group) {
            each.accept((ObjectNode) value, group.fields());
        } else if (type instanceof FieldType.ListOf list && list.item() instanceof FieldType.Group group) {
            each.accept((ObjectNode) value.get(0), group.fields());
        } else if (type instanceof FieldType.Keyed keyed && keyed.value() instanceof FieldType.Group group) {
            each.accept((ObjectNode) value.elements().next(), group.fields());
        }
    }

    private void change(RecordKind kind, ObjectNode record, String what, boolean valid, Runnable change, Runnable undo) {
        change.run();
        String yaml = yaml(record);
        undo.run();
        agree(what, kind, yaml, valid);
    }

    /** Records a disagreement when the loader or the schema does not judge {@code yaml} as expected. */
    private void agree(String what, RecordKind kind, String yaml, boolean valid) {
        List<String> loader = loaderProblems(kind, yaml);
        List<String> schema = schemas.errors(kind, yaml);
        if (loader.isEmpty() != valid || schema.isEmpty() != valid) {
            disagreements.add(kind + " " + what + ": expected " + (valid ? "valid" : "rejected") + "; loader "
                    + loader + "; schema " + schema);
        }
    }

    private static JsonNode wrongShape(FieldType type) {
        boolean scalar = type instanceof FieldType.Text || type instanceof FieldType.Date
                || type instanceof FieldType.WholeNumber || type instanceof FieldType.Flag
                || type instanceof FieldType.Choice || type instanceof FieldType.Decimal;
        return scalar ? JSON.objectNode().put("verkeerd", 1) : JSON.textNode("verkeerd");
    }

    /** A value of the right shape that the loader cannot accept; null where any text is fine to the loader. */
    private static JsonNode wrongValue(FieldType type) {
        if (type instanceof FieldType.Date) {
            return JSON.textNode("1 januari 2024");
        } else if (type instanceof FieldType.WholeNumber) {
            return JSON.textNode("veel");
        } else if (type instanceof FieldType.Flag) {
            return JSON.textNode("ja");
        } else if (type instanceof FieldType.Choice) {
            return JSON.textNode("anders");
        } else if (type instanceof FieldType.Coordinates) {
            return JSON.objectNode().put("lat", 52.0).put("lon", 4.5).put("x", 92500);
        } else if (type instanceof FieldType.ListOf list && list.item() instanceof FieldType.Choice) {
            return JSON.arrayNode().add("anders");
        }
        return null;
    }

    private static ObjectNode sample(FieldGroup group) {
        ObjectNode node = JSON.objectNode();
        for (FieldSpec field : group.fields()) {
            node.set(field.name(), sample(field.type()));
        }
        return node;
    }

    private static JsonNode sample(FieldType type) {
        if (type instanceof FieldType.Text text) {
            return JSON.textNode(text.format() == null ? "tekst" : text.format().example());
        } else if (type instanceof FieldType.Date) {
            return JSON.textNode("2026-01-01");
        } else if (type instanceof FieldType.WholeNumber) {
            return JSON.numberNode(2024);
        } else if (type instanceof FieldType.Decimal) {
            return JSON.numberNode(11.23);
        } else if (type instanceof FieldType.Flag) {
            return JSON.booleanNode(true);
        } else if (type instanceof FieldType.Choice choice) {
            return JSON.textNode(choice.codes().get(0));
        } else if (type instanceof FieldType.ListOf list) {
            return JSON.arrayNode().add(sample(list.item()));
        } else if (type instanceof FieldType.Group group) {
            return sample(group.fields());
        } else if (type instanceof FieldType.Keyed keyed) {
            String key = keyed.key() instanceof FieldType.Choice choice ? choice.codes().get(0) : "sleutel";
            return JSON.objectNode().set(key, sample(keyed.value()));
        } else if (type instanceof FieldType.Coordinates) {
            return JSON.objectNode().put("lat", 52.0).put("lon", 4.5);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    /** Every field of {@code group} and of the groups inside it, with its path. */
    private static void walk(FieldGroup group, String path, BiConsumer<String, FieldSpec> each) {
        for (FieldSpec field : group.fields()) {
            each.accept(path + field.name(), field);
            FieldType type = field.type();
            if (type instanceof FieldType.ListOf list) {
                type = list.item();
            } else if (type instanceof FieldType.Keyed keyed) {
                type = keyed.value();
            } else if (type instanceof FieldType.Coordinates) {
                walk(FieldType.Coordinates.FIELDS, path + field.name() + ".", each);
            }
            if (type instanceof FieldType.Group inner) {
                walk(inner.fields(), path + field.name() + ".", each);
            }
        }
    }

    private static List<String> loaderProblems(RecordKind kind, String yaml) {
        Problems problems = new Problems();
        new YamlReader().read("x.yaml", yaml, problems)
                .ifPresent(root -> READERS.get(kind).read(root, YamlPositions.origin("x.yaml", root), problems));
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static String yaml(JsonNode record) {
        try {
            return YAML.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
