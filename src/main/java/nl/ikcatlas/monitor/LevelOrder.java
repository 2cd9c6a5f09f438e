package nl.ikcatlas.monitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;

/** The instrument's levels numbered from 1 (lowest), so levels can be counted and compared. */
public final class LevelOrder {
    private final List<AmbitionLevel> levels;
    private final Map<String, Integer> numbers = new HashMap<>();

    public LevelOrder(Instrument instrument) {
        levels = instrument.levels();
        for (int i = 0; i < levels.size(); i++) {
            numbers.put(levels.get(i).id(), i + 1);
        }
    }

    /** 1 for the lowest level; 0 for an id that is not a level (validated data has none). */
    public int number(String levelId) {
        return levelId == null ? 0 : numbers.getOrDefault(levelId, 0);
    }

    public List<AmbitionLevel> levels() {
        return levels;
    }

    public int size() {
        return levels.size();
    }
}
