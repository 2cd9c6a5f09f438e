package nl.ikcatlas.load;

import java.util.Arrays;
import java.util.List;
import nl.ikcatlas.model.Coded;

/** What a field holds. Scalars are read from their text as written, so quotes never matter to the loader. */
public sealed interface FieldType {
    FieldType TEXT = new Text(null);
    FieldType DATE = new Date();
    FieldType WHOLE_NUMBER = new WholeNumber();
    FieldType DECIMAL = new Decimal();
    FieldType COORDINATES = new Coordinates();

    static FieldType code(CodeFormat format) {
        return new Text(format);
    }

    static <E extends Enum<E> & Coded> FieldType choice(Class<E> type) {
        return new Choice(type, Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }

    static FieldType listOf(FieldType item) {
        return new ListOf(item);
    }

    static FieldType group(FieldGroup fields) {
        return new Group(fields);
    }

    /** A mapping whose keys are data (theme ids, care types): {@code key} is TEXT or a choice. */
    static FieldType keyed(FieldType key, FieldType value) {
        return new Keyed(key, value);
    }

    static FieldType flag(boolean whenAbsent) {
        return new Flag(whenAbsent);
    }

    /** Text; when {@code format} is given, the validator checks the value against it. */
    record Text(CodeFormat format) implements FieldType {
    }

    /** {@code YYYY-MM-DD}. */
    record Date() implements FieldType {
    }

    record WholeNumber() implements FieldType {
    }

    record Decimal() implements FieldType {
    }

    /** {@code true} or {@code false}; an absent flag reads as {@code whenAbsent}. */
    record Flag(boolean whenAbsent) implements FieldType {
    }

    /** One code of a closed vocabulary. */
    record Choice(Class<?> type, List<String> codes) implements FieldType {
    }

    record ListOf(FieldType item) implements FieldType {
    }

    record Group(FieldGroup fields) implements FieldType {
    }

    record Keyed(FieldType key, FieldType value) implements FieldType {
    }

    /** A point: {@code lat} and {@code lon} in WGS84 degrees, or {@code x} and {@code y} in RD New metres. */
    record Coordinates() implements FieldType {
        public static final FieldGroup FIELDS = FieldGroup.of("coordinates",
                FieldSpec.optional("lat", new Decimal(), "Breedtegraad in graden (WGS84), zoals 52.0123. Schrijf er lon bij."),
                FieldSpec.optional("lon", new Decimal(), "Lengtegraad in graden (WGS84), zoals 4.4567. Schrijf er lat bij."),
                FieldSpec.optional("x", new Decimal(), "X in meters in RD New (EPSG:28992), zoals 92500. Schrijf er y bij."),
                FieldSpec.optional("y", new Decimal(), "Y in meters in RD New (EPSG:28992), zoals 445000. Schrijf er x bij."));
    }
}
