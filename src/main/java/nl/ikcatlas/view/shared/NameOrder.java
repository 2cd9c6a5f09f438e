package nl.ikcatlas.view.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Sorts by name the way a Dutch reader expects ("Óns" beside "Ons", case ignored first), stable:
 * equal names keep their input order. A Collator is not thread-safe, so each thread of a build has its own.
 */
public final class NameOrder {
    private final ThreadLocal<Collator> collators = ThreadLocal.withInitial(() -> Collator.getInstance(Dutch.LOCALE));

    /**
     * A new list, sorted by {@code name}; each name is turned into a collation key once, the keys of a long
     * list on every core.
     */
    public <T> List<T> sort(List<T> items, Function<T, String> name) {
        List<Keyed<T>> keyed = new ArrayList<>(items.parallelStream()
                .map(item -> new Keyed<>(collators.get().getCollationKey(name.apply(item)), item)).toList());
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
