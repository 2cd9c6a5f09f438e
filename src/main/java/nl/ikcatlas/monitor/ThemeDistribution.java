package nl.ikcatlas.monitor;

import java.util.List;
import nl.ikcatlas.model.Theme;

/**
 * For one theme: how many kindcentra are at each level in their latest assessment;
 * {@code counts.get(0)} is the lowest level.
 */
public record ThemeDistribution(Theme theme, List<Integer> counts) {

    public ThemeDistribution {
        counts = List.copyOf(counts);
    }

    public int total() {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }
}
