package nl.ikcatlas.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Theme;

/**
 * The instrument used as a monitor: the levels of the latest assessments per theme, and each
 * kindcentrum's change since its previous assessment. Every method is linear in its input.
 */
public final class Monitor {
    private final Instrument instrument;
    private final LevelOrder order;

    public Monitor(Instrument instrument) {
        this.instrument = instrument;
        this.order = new LevelOrder(instrument);
    }

    public LevelOrder order() {
        return order;
    }

    /** Per theme, in the instrument's order: how many of {@code kindcentra} are at each level now. */
    public List<ThemeDistribution> distribution(List<Kindcentrum> kindcentra) {
        List<Theme> themes = instrument.themes();
        int[][] counts = new int[themes.size()][order.size()];
        for (Kindcentrum k : kindcentra) {
            Assessment latest = Timeline.of(k).latest();
            if (latest == null) {
                continue;
            }
            for (int t = 0; t < themes.size(); t++) {
                int n = order.number(latest.levels().get(themes.get(t).id()));
                if (n > 0) {
                    counts[t][n - 1]++;
                }
            }
        }
        List<ThemeDistribution> result = new ArrayList<>(themes.size());
        for (int t = 0; t < themes.size(); t++) {
            List<Integer> row = new ArrayList<>(order.size());
            for (int c : counts[t]) {
                row.add(c);
            }
            result.add(new ThemeDistribution(themes.get(t), row));
        }
        return result;
    }

    /** The change since the previous assessment, or null when the kindcentrum has fewer than two. */
    public LocationChange change(Kindcentrum k) {
        Timeline timeline = Timeline.of(k);
        Assessment previous = timeline.previous();
        return previous == null ? null : new LocationChange(k, previous, timeline.latest(),
                shifts(previous, timeline.latest()));
    }

    /** Every theme's move from {@code before} to {@code after}, in the instrument's order. */
    public List<ThemeShift> shifts(Assessment before, Assessment after) {
        List<ThemeShift> shifts = new ArrayList<>(instrument.themes().size());
        for (Theme theme : instrument.themes()) {
            String from = before.levels().get(theme.id());
            String to = after.levels().get(theme.id());
            shifts.add(new ThemeShift(theme, from, to, order.number(from), order.number(to)));
        }
        return shifts;
    }
}
