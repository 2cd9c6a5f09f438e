package nl.ikcatlas.load;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a YAML mapping may have: a whole record, or a group inside one. {@code what} names it in
 * messages ("a school"). The loader reads only declared fields, so the schema made from the same
 * declaration cannot drift from it.
 */
public final class FieldGroup {
    private final String what;
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

    public FieldGroup(String what, List<FieldSpec> fields) {
        this.what = what;
        for (FieldSpec field : fields) {
            if (this.fields.put(field.name(), field) != null) {
                throw new IllegalArgumentException("'" + field.name() + "' is declared twice in " + what);
            }
        }
    }

    public static FieldGroup of(String what, FieldSpec... fields) {
        return new FieldGroup(what, List.of(fields));
    }

    public String what() {
        return what;
    }

    /** The fields in the order editors write them. */
    public Collection<FieldSpec> fields() {
        return fields.values();
    }

    public Set<String> names() {
        return fields.keySet();
    }

    /** The declared field; reading an undeclared one is a defect of the reader. */
    FieldSpec field(String name) {
        FieldSpec field = fields.get(name);
        if (field == null) {
            throw new IllegalStateException("'" + name + "' is read but not declared in " + what);
        }
        return field;
    }
}
