package nl.ikcatlas.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a YAML mapping: how the loader reads it and how the JSON Schema describes it to editors.
 * {@code description} is Dutch, for the people who write the records.
 */
public record FieldSpec(String name, FieldType type, boolean required, String description) {

    public static FieldSpec required(String name, FieldType type, String description) {
        return new FieldSpec(name, type, true, description);
    }

    public static FieldSpec optional(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, description);
    }

    /** The fields of several parts, in order. */
    @SafeVarargs
    public static List<FieldSpec> join(List<FieldSpec>... parts) {
        List<FieldSpec> all = new ArrayList<>();
        for (List<FieldSpec> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
