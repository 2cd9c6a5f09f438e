package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;

/** The instrument's ambition levels as views, made once and shared by every page. */
public final class Scale {
    private final Map<String, LevelView> views = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<AmbitionLevel> levels;

    public Scale(Instrument instrument) {
        levels = instrument.levels();
        int of = levels.size();
        for (int i = 0; i < of; i++) {
            AmbitionLevel level = levels.get(i);
            List<Boolean> steps = new ArrayList<>(of);
            for (int s = 0; s < of; s++) {
                steps.add(s <= i);
            }
            views.put(level.id(), new LevelView(level.id(), Integer.toString(i + 1), Integer.toString(of),
                    (i + 1) + " van " + of, level.name(), steps));
            numbers.put(level.id(), i + 1);
        }
    }

    public LevelView view(String levelId) {
        return views.get(levelId);
    }

    public AmbitionLevel level(String levelId) {
        return levels.get(numbers.get(levelId) - 1);
    }

    public int number(String levelId) {
        return numbers.get(levelId);
    }

    public List<AmbitionLevel> levels() {
        return levels;
    }

    /** The level most themes are on (the lower one on a tie): a one-line summary of a year's scores. */
    public LevelView typical(Map<String, String> themeLevels) {
        int[] counts = new int[levels.size() + 1];
        for (String levelId : themeLevels.values()) {
            Integer n = numbers.get(levelId);
            if (n != null) {
                counts[n]++;
            }
        }
        int best = 0;
        for (int n = 1; n < counts.length; n++) {
            if (counts[n] > 0 && (best == 0 || counts[n] > counts[best])) {
                best = n;
            }
        }
        return best == 0 ? null : views.get(levels.get(best - 1).id());
    }
}
