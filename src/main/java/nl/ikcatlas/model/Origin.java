package nl.ikcatlas.model;

import java.util.Map;
import nl.ikcatlas.problem.Position;

/**
 * Where a record and each of its values came from. Paths look like {@code name},
 * {@code coordinates.lat} or {@code assessments[1].levels.kwaliteitsbeleid}.
 */
public record Origin(String file, Map<String, Position> positions) {

    public Origin {
        positions = Map.copyOf(positions);
    }

    /** The position of the value at {@code path}, or of the nearest enclosing value that has one. */
    public Position at(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return positions.getOrDefault("", Position.startOf(file));
    }
}
