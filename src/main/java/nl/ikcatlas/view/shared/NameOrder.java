package nl.ikcatlas.view.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Sorts by name the way a Dutch reader expects ("Óns" beside "Ons", case ignored first), stable:
 * equal names keep their input order. A Collator is not thread-safe, so each build owns one.
 */
public final class NameOrder {
    private final Collator collator;

    public NameOrder() {
        collator = Collator.getInstance(Dutch.LOCALE);
    }

    /** A new list, sorted by {@code name}; each name is turned into a collation key once. */
    public <T> List<T> sort(List<T> items, Function<T, String> name) {
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(new Keyed<>(collator.getCollationKey(name.apply(item)), item));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        List<T> sorted = new ArrayList<>(keyed.size());
        for (Keyed<T> k : keyed) {
            sorted.add(k.item());
        }
        return List.copyOf(sorted);
    }

    private record Keyed<T>(CollationKey key, T item) {
    }
}
