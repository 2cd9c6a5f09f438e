package nl.ikcatlas.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;

/**
 * The records read from each file, kept between builds of the same atlas when asked to: a file whose text
 * did not change is not parsed again, and its problems are reported again as they were.
 */
final class ParsedFiles {
    private record Parsed(String text, Optional<?> record, List<Problem> problems) {
    }

    /** Null when nothing is kept (a single build); files of a folder are read in parallel. */
    private final Map<String, Parsed> kept;

    private ParsedFiles(Map<String, Parsed> kept) {
        this.kept = kept;
    }

    static ParsedFiles none() {
        return new ParsedFiles(null);
    }

    static ParsedFiles kept() {
        return new ParsedFiles(new ConcurrentHashMap<>());
    }

    /** The record of file {@code name} with this {@code text}: parsed by {@code parse} unless kept from before. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> read(String name, String text, Problems problems, Function<Problems, Optional<T>> parse) {
        if (kept == null) {
            return parse.apply(problems);
        }
        Parsed parsed = kept.get(name);
        if (parsed == null || !parsed.text().equals(text)) {
            Problems own = new Problems();
            parsed = new Parsed(text, parse.apply(own), own.sorted());
            kept.put(name, parsed);
        }
        problems.addAll(parsed.problems());
        return (Optional<T>) parsed.record();
    }
}
