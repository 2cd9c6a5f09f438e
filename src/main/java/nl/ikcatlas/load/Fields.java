package nl.ikcatlas.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.ikcatlas.map.RdNew;
import nl.ikcatlas.model.Coded;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;
import nl.ikcatlas.problem.Suggestions;

/**
 * Typed access to the fields of one YAML mapping. Every mistake (unknown field, missing field,
 * wrong type) is added to the problems at the value's position, and the value reads as null,
 * so one run finds all mistakes in a file.
 */
public final class Fields {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final YamlNode.Mapping mapping;
    private final FieldGroup group;
    private final String path;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, FieldGroup group, String path, Problems problems) {
        this.mapping = mapping;
        this.group = group;
        this.path = path;
        this.problems = problems;
    }

    /** The fields of a record's root, which must be a mapping of the fields {@code group} declares. */
    public static Fields of(YamlNode node, FieldGroup group, Problems problems) {
        return of(node, "", group.what(), group, problems);
    }

    /**
     * The fields of {@code node}, which must be a mapping with only the keys {@code group} declares;
     * null (and a problem) when it is not a mapping.
     */
    static Fields of(YamlNode node, String path, String what, FieldGroup group, Problems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.position(), what + " must be a group of 'field: value' lines, not " + node.describe());
            return null;
        }
        Fields fields = new Fields(mapping, group, path, problems);
        UnknownFields.report(mapping, group.names(), problems);
        return fields;
    }

    public Position position() {
        return mapping.position();
    }

    private boolean has(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    /** A text field; whether it is required, and its format, are declared in the group. */
    public String text(String key) {
        return text(key, declared(key, FieldType.Text.class).required());
    }

    public Integer wholeNumber(String key) {
        boolean required = declared(key, FieldType.WholeNumber.class).required();
        YamlNode.Scalar scalar = scalar(key, required);
        return scalar == null ? null : new FieldItem(scalar, childPath(key), key, FieldType.WHOLE_NUMBER, problems).wholeNumber();
    }

    public LocalDate date(String key) {
        return date(key, declared(key, FieldType.Date.class).required());
    }

    /** {@code true}/{@code false}; absent reads as the declared default, or as null with a problem when required. */
    public Boolean flag(String key) {
        FieldSpec spec = declared(key, FieldType.Flag.class);
        YamlNode.Scalar scalar = scalar(key, spec.required());
        if (scalar == null) {
            return spec.required() ? null : ((FieldType.Flag) spec.type()).whenAbsent();
        }
        return switch (scalar.text()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(scalar.position(), Quote.of(key) + " must be true or false, not " + Quote.of(scalar.text()),
                        "write true (ja) or false (nee)");
                yield null;
            }
        };
    }

    /** A value from a closed vocabulary, written by its code. */
    public <E extends Enum<E> & Coded> E code(String key, Class<E> type) {
        FieldSpec spec = declared(key, FieldType.Choice.class);
        if (((FieldType.Choice) spec.type()).type() != type) {
            throw new IllegalStateException("'" + key + "' of " + group.what() + " is not declared as a " + type.getSimpleName());
        }
        YamlNode.Scalar scalar = scalar(key, spec.required());
        return scalar == null ? null : decode(scalar, key, type);
    }

    <E extends Enum<E> & Coded> E decode(YamlNode.Scalar scalar, String key, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(scalar.text())) {
                return value;
            }
        }
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        String hint = Suggestions.didYouMean(scalar.text(), codes);
        problems.add(scalar.position(), Quote.of(key) + " must be one of " + String.join(", ", codes)
                + ", not " + Quote.of(scalar.text()), hint);
        return null;
    }

    /** {@code lat}/{@code lon} in degrees, or {@code x}/{@code y} in RD New metres. */
    public Coordinates coordinates(String key) {
        boolean required = declared(key, FieldType.Coordinates.class).required();
        YamlNode node = node(key, required);
        Fields point = node == null ? null
                : of(node, childPath(key), Quote.of(key), FieldType.Coordinates.FIELDS, problems);
        if (point == null) {
            return null;
        }
        boolean rd = point.has("x") || point.has("y");
        if (rd && (point.has("lat") || point.has("lon"))) {
            problems.add(point.position(), Quote.of(key) + " must have either lat and lon or x and y, not both",
                    "lat and lon are WGS84 degrees; x and y are RD New metres");
            return null;
        }
        if (rd) {
            return point.rd();
        }
        Double lat = point.number("lat", "a number of degrees like 52.0123");
        Double lon = point.number("lon", "a number of degrees like 52.0123");
        return lat == null || lon == null ? null : new Coordinates(lat, lon);
    }

    /** RD New (EPSG:28992) metres, converted to WGS84. */
    private Coordinates rd() {
        Double x = number("x", "a number of metres in RD New like 92500");
        Double y = number("y", "a number of metres in RD New like 92500");
        if (x == null || y == null) {
            return null;
        }
        if (!RdNew.inRange(x, y)) {
            problems.add(scalar("x", true).position(), "the RD coordinates " + plain(x) + ", " + plain(y)
                    + " lie outside the Netherlands", "in RD New x is between " + plain(RdNew.MIN_X) + " and "
                    + plain(RdNew.MAX_X) + ", y between " + plain(RdNew.MIN_Y) + " and " + plain(RdNew.MAX_Y));
            return null;
        }
        return RdNew.toWgs84(x, y);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A required amount or share, such as 11.23 or 96, written with a point. */
    public Double decimal(String key) {
        return number(key, "a number like 11.23");
    }

    /** A number, always required; {@code like} says in words what is expected, e.g. "a number of degrees like 52.0123". */
    private Double number(String key, String like) {
        declared(key, FieldType.Decimal.class);
        YamlNode.Scalar scalar = scalar(key, true);
        if (scalar == null) {
            return null;
        }
        try {
            return Double.parseDouble(scalar.text());
        } catch (NumberFormatException e) {
            problems.add(scalar.position(), Quote.of(key) + " must be " + like + ", not " + Quote.of(scalar.text()),
                    "use a point, not a comma, for decimals");
            return null;
        }
    }

    /** A nested group of fields, or null when absent (a problem when required) or not a group. */
    public Fields group(String key) {
        FieldSpec spec = declared(key, FieldType.Group.class);
        YamlNode node = node(key, spec.required());
        return node == null ? null
                : of(node, childPath(key), Quote.of(key), ((FieldType.Group) spec.type()).fields(), problems);
    }

    /** A list whose items are each read by {@code item}; items that read as null are left out. */
    public <T> List<T> list(String key, Function<FieldItem, T> item) {
        FieldSpec spec = declared(key, FieldType.ListOf.class);
        FieldType itemType = ((FieldType.ListOf) spec.type()).item();
        YamlNode node = node(key, spec.required());
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(node.position(), Quote.of(key) + " must be a list (lines starting with '- '), not " + node.describe());
            return List.of();
        }
        if (spec.required() && sequence.items().isEmpty()) {
            problems.add(node.position(), Quote.of(key) + " must have at least one item");
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            FieldItem one = new FieldItem(sequence.items().get(i), childPath(key) + "[" + i + "]", key, itemType, problems);
            T value = item.apply(one);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A list of texts, such as ids. */
    public List<String> textList(String key) {
        return list(key, FieldItem::text);
    }

    /** A mapping whose keys are data (e.g. theme ids), each value read by {@code value}. */
    public <T> Map<String, T> keyed(String key, Function<FieldItem, T> value) {
        FieldSpec spec = declared(key, FieldType.Keyed.class);
        FieldType valueType = ((FieldType.Keyed) spec.type()).value();
        YamlNode node = node(key, spec.required());
        Map<String, T> values = new LinkedHashMap<>();
        if (node == null) {
            return values;
        }
        if (!(node instanceof YamlNode.Mapping inner)) {
            problems.add(node.position(), Quote.of(key) + " must be a group of 'name: value' lines, not " + node.describe());
            return values;
        }
        for (YamlNode.Entry entry : inner.entries().values()) {
            FieldItem one = new FieldItem(entry.value(), childPath(key) + "." + entry.key(), entry.key(), valueType, problems);
            T v = value.apply(one);
            if (v != null) {
                values.put(entry.key(), v);
            }
        }
        return values;
    }

    /** The declaration of {@code key}, which must be of {@code type}: anything else is a defect of the reader. */
    private FieldSpec declared(String key, Class<? extends FieldType> type) {
        FieldSpec spec = group.field(key);
        if (!type.isInstance(spec.type())) {
            throw new IllegalStateException("'" + key + "' of " + group.what() + " is declared as "
                    + spec.type() + " but read as " + type.getSimpleName());
        }
        return spec;
    }

    private String text(String key, boolean required) {
        YamlNode.Scalar scalar = scalar(key, required);
        return scalar == null ? null : scalar.text().strip();
    }

    private LocalDate date(String key, boolean required) {
        YamlNode.Scalar scalar = scalar(key, required);
        if (scalar == null) {
            return null;
        }
        if (DATE.matcher(scalar.text()).matches()) {
            try {
                return LocalDate.parse(scalar.text());
            } catch (DateTimeParseException e) {
                // falls through to the problem below: a well-formed but impossible date
            }
        }
        problems.add(scalar.position(), Quote.of(key) + " must be a date written as YYYY-MM-DD, not " + Quote.of(scalar.text()),
                "for example 2026-11-01");
        return null;
    }

    private YamlNode.Scalar scalar(String key, boolean required) {
        YamlNode node = node(key, required);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar;
        }
        problems.add(node.position(), Quote.of(key) + " must be a single value, not " + node.describe());
        return null;
    }

    private YamlNode node(String key, boolean required) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.isNull()) {
            if (required) {
                Position at = entry == null ? mapping.position() : entry.keyPosition();
                String message = entry == null ? "missing required field " + Quote.of(key) : Quote.of(key) + " is empty";
                problems.add(at, message + (path.isEmpty() ? "" : " in " + Quote.of(path)), "add a line '" + key + ": ...'");
            }
            return null;
        }
        return entry.value();
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
