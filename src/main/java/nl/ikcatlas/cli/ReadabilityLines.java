package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.ikcatlas.readability.PageReadability;
import nl.ikcatlas.readability.Readability;

/**
 * Prints the reading ease of the parent pages: one line per page below the plain-language mark,
 * then one summary line with the lowest and the average score.
 */
final class ReadabilityLines {
    private ReadabilityLines() {
    }

    static void print(PrintStream out, List<PageReadability> pages) {
        if (pages.isEmpty()) {
            return;
        }
        for (PageReadability p : pages) {
            if (!p.plainLanguage()) {
                out.println(String.format(Locale.ROOT, "Hard to read: %s scores %s (Flesch-Douma; aim for %.0f or more)",
                        p.path(), p.readability().formatted(), Readability.PLAIN_LANGUAGE));
            }
        }
        PageReadability lowest = pages.stream().min(Comparator.comparingDouble(p -> p.readability().score())).get();
        double average = pages.stream().mapToDouble(p -> p.readability().score()).average().orElse(0);
        out.println(String.format(Locale.ROOT, "Readability (Flesch-Douma) of %d parent pages: lowest %s (%s), average %.1f.",
                pages.size(), lowest.readability().formatted(), lowest.path(), average));
    }
}
