package nl.ikcatlas.testing;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Origin;

/**
 * Every text field an editor can write, found by walking the model's records from {@link Atlas}:
 * each String component, String element of a list, and String key or value of a map, at any depth.
 * Paths name the record and the way down: {@code School.address.street},
 * {@code School.history.formerNames[].name}, {@code Theme.levels{key}}, {@code Theme.levels{}.plain}.
 * A field added to the model later is found here without changing this class.
 */
public final class ModelTextFields {
    /** Records that are not written by editors: where a value came from is the loader's, not the YAML's. */
    private static final Set<Class<?>> NOT_FROM_YAML = Set.of(Origin.class);

    private ModelTextFields() {
    }

    public static List<String> all() {
        List<String> paths = new ArrayList<>();
        for (RecordComponent kind : Atlas.class.getRecordComponents()) {
            Class<?> record = rawClass(elementType(kind.getGenericType()));
            walk(record, record.getSimpleName(), paths, new HashSet<>());
        }
        return paths;
    }

    /** The records of the model package that the walk from {@link Atlas} does not reach. */
    public static List<String> recordsNotReached() throws IOException, URISyntaxException {
        Set<Class<?>> reached = new HashSet<>(NOT_FROM_YAML);
        reached.add(Atlas.class);
        for (RecordComponent kind : Atlas.class.getRecordComponents()) {
            Class<?> record = rawClass(elementType(kind.getGenericType()));
            walk(record, record.getSimpleName(), new ArrayList<>(), reached);
        }
        Path folder = Path.of(Atlas.class.getResource("Atlas.class").toURI()).getParent();
        List<String> missed = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(Atlas.class.getPackageName() + "." + name.replace(".class", ""));
                    if (type.isRecord() && !reached.contains(type)) {
                        missed.add(type.getSimpleName());
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return missed;
    }

    private static void walk(Class<?> record, String prefix, List<String> paths, Set<Class<?>> reached) {
        reached.add(record);
        for (RecordComponent component : record.getRecordComponents()) {
            visit(component.getGenericType(), prefix + "." + component.getName(), paths, reached);
        }
    }

    private static void visit(Type type, String path, List<String> paths, Set<Class<?>> reached) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            paths.add(path);
        } else if (List.class.isAssignableFrom(raw)) {
            visit(typeArgument(type, 0), path + "[]", paths, reached);
        } else if (Map.class.isAssignableFrom(raw)) {
            visit(typeArgument(type, 0), path + "{key}", paths, reached);
            visit(typeArgument(type, 1), path + "{}", paths, reached);
        } else if (raw.isRecord() && !NOT_FROM_YAML.contains(raw)) {
            walk(raw, path, paths, reached);
        } else if (!raw.isPrimitive() && !raw.isEnum() && !Number.class.isAssignableFrom(raw)
                && !Boolean.class.equals(raw) && !java.time.LocalDate.class.equals(raw) && !NOT_FROM_YAML.contains(raw)) {
            // A new kind of value (a Set, an Optional, a text wrapper ...): teach this walk about it.
            throw new AssertionError("the model field " + path + " has a type the walk does not know: " + type);
        }
    }

    private static Type elementType(Type type) {
        return List.class.isAssignableFrom(rawClass(type)) ? typeArgument(type, 0) : type;
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
