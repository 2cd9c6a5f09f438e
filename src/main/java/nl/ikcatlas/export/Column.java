package nl.ikcatlas.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a CSV download, declared once: its name (the header), what it means in plain Dutch
 * (shown on the open data page and in the README) and its value for one row (null is written empty).
 */
public record Column<T>(String name, String meaning, Function<T, String> value) {

    public Column {
        if (name == null || name.isBlank() || meaning == null || meaning.isBlank()) {
            throw new IllegalArgumentException("a download column needs a name and a meaning: " + name);
        }
        Objects.requireNonNull(value, "value");
    }
}
