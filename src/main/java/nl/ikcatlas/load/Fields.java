package nl.ikcatlas.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Dutch words editors are likely to write for a field, and the field they mean. */
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("naam", "name"), Map.entry("adres", "address"), Map.entry("plaats", "place"),
            Map.entry("woonplaats", "place"), Map.entry("gebied", "area"), Map.entry("bestuur", "board"),
            Map.entry("houder", "holder"), Map.entry("bron", "source"), Map.entry("soort", "kind"),
            Map.entry("jaar", "year"), Map.entry("datum", "date"), Map.entry("opmerking", "note"),
            Map.entry("niveaus", "levels"), Map.entry("scholen", "schools"), Map.entry("opvang", "childcare"),
            Map.entry("coordinaten", "coordinates"), Map.entry("locatie", "coordinates"),
            Map.entry("denominatie", "denomination"), Map.entry("nummer", "number"), Map.entry("plaatsen", "places"),
            Map.entry("huisvesting", "housing"), Map.entry("belangstelling", "interest"), Map.entry("omschrijving", "description"),
            Map.entry("beschrijving", "description"), Map.entry("gemeente", "municipality"), Map.entry("editie", "edition"),
            Map.entry("bronnen", "sources"), Map.entry("wensen", "wishes"), Map.entry("thema", "themes"),
            Map.entry("themas", "themes"), Map.entry("opvangsoorten", "care_types"));

    private final YamlNode.Mapping mapping;
    private final String path;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, String path, Problems problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, which must be a mapping with only {@code allowed} keys;
     * null (and a problem) when it is not a mapping.
     */
    public static Fields of(YamlNode node, String path, String what, Set<String> allowed, Problems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(node.position(), what + " must be a group of 'field: value' lines, not " + node.describe());
            return null;
        }
        Fields fields = new Fields(mapping, path, problems);
        fields.rejectUnknown(allowed);
        return fields;
    }

    public Position position() {
        return mapping.position();
    }

    public boolean has(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    public String requiredText(String key) {
        return text(key, true);
    }

    public String optionalText(String key) {
        return text(key, false);
    }

    public Integer optionalWholeNumber(String key) {
        return wholeNumber(key, false);
    }

    public Integer requiredWholeNumber(String key) {
        return wholeNumber(key, true);
    }

    public LocalDate requiredDate(String key) {
        return date(key, true);
    }

    public LocalDate optionalDate(String key) {
        return date(key, false);
    }

    /** {@code true}/{@code false}; absent reads as {@code whenAbsent}, or as null with a problem when required. */
    public Boolean bool(String key, boolean required, boolean whenAbsent) {
        YamlNode.Scalar scalar = scalar(key, required);
        if (scalar == null) {
            return required ? null : whenAbsent;
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
    public <E extends Enum<E> & Coded> E code(String key, Class<E> type, boolean required) {
        YamlNode.Scalar scalar = scalar(key, required);
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

    /** {@code lat}/{@code lon} in degrees. */
    public Coordinates coordinates(String key, boolean required) {
        Fields point = group(key, Set.of("lat", "lon", "x", "y"), required);
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

    /** A number; {@code like} says in words what is expected, e.g. "a number of degrees like 52.0123". */
    private Double number(String key, String like) {
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
    public Fields group(String key, Set<String> allowed, boolean required) {
        YamlNode node = node(key, required);
        return node == null ? null : of(node, childPath(key), Quote.of(key), allowed, problems);
    }

    /** A list whose items are each read by {@code item}; items that read as null are left out. */
    public <T> List<T> list(String key, boolean required, Function<Item, T> item) {
        YamlNode node = node(key, required);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(node.position(), Quote.of(key) + " must be a list (lines starting with '- '), not " + node.describe());
            return List.of();
        }
        if (required && sequence.items().isEmpty()) {
            problems.add(node.position(), Quote.of(key) + " must have at least one item");
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            T value = item.apply(new Item(sequence.items().get(i), childPath(key) + "[" + i + "]", key, problems));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A list of texts, such as ids. */
    public List<String> textList(String key, boolean required) {
        return list(key, required, Item::text);
    }

    /** A mapping whose keys are data (e.g. theme ids), each value read by {@code value}. */
    public <T> Map<String, T> keyed(String key, boolean required, Function<Item, T> value) {
        YamlNode node = node(key, required);
        Map<String, T> values = new LinkedHashMap<>();
        if (node == null) {
            return values;
        }
        if (!(node instanceof YamlNode.Mapping inner)) {
            problems.add(node.position(), Quote.of(key) + " must be a group of 'name: value' lines, not " + node.describe());
            return values;
        }
        for (YamlNode.Entry entry : inner.entries().values()) {
            T v = value.apply(new Item(entry.value(), childPath(key) + "." + entry.key(), entry.key(), problems));
            if (v != null) {
                values.put(entry.key(), v);
            }
        }
        return values;
    }

    private String text(String key, boolean required) {
        YamlNode.Scalar scalar = scalar(key, required);
        return scalar == null ? null : scalar.text().strip();
    }

    private Integer wholeNumber(String key, boolean required) {
        YamlNode.Scalar scalar = scalar(key, required);
        return scalar == null ? null : new Item(scalar, childPath(key), key, problems).wholeNumber();
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

    private void rejectUnknown(Set<String> allowed) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                String translated = DUTCH.get(entry.key().toLowerCase(java.util.Locale.ROOT));
                String hint = translated != null && allowed.contains(translated)
                        ? "did you mean " + Quote.of(translated) + "?" : Suggestions.didYouMean(entry.key(), allowed);
                if (hint == null) {
                    hint = "known fields here: " + allowed.stream().sorted().collect(Collectors.joining(", "));
                }
                problems.add(entry.keyPosition(), "unknown field " + Quote.of(entry.key()), hint);
            }
        }
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** One item of a list or one value of a keyed mapping. */
    public record Item(YamlNode node, String path, String name, Problems problems) {

        public String text() {
            if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                return scalar.text().strip();
            }
            problems.add(node.position(), Quote.of(name) + " must be a single value here, not " + node.describe());
            return null;
        }

        public Integer wholeNumber() {
            String text = text();
            if (text == null) {
                return null;
            }
            if (WHOLE_NUMBER.matcher(text).matches() && text.length() < 10) {
                return Integer.parseInt(text);
            }
            problems.add(node.position(), Quote.of(name) + " must be a whole number, not " + Quote.of(text));
            return null;
        }

        public Fields fields(String what, Set<String> allowed) {
            return Fields.of(node, path, what, allowed, problems);
        }
    }
}
