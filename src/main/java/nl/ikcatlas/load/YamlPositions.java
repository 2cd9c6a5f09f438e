package nl.ikcatlas.load;

import java.util.HashMap;
import java.util.Map;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Position;

/**
 * Records the position of every value in a document under its path, for validators to point at. The paths
 * are the same in every record of a kind ({@code name}, {@code coordinates.lat}), so each is kept once for
 * all records: a national atlas holds nearly a million of them.
 */
final class YamlPositions {

    private YamlPositions() {
    }

    static Origin origin(String file, YamlNode root) {
        Map<String, Position> positions = new HashMap<>();
        walk("", root, positions);
        return new Origin(file, positions);
    }

    private static void walk(String path, YamlNode node, Map<String, Position> positions) {
        positions.put(path.intern(), node.position());
        if (node instanceof YamlNode.Mapping mapping) {
            mapping.entries().values().forEach(entry ->
                    walk(path.isEmpty() ? entry.key() : path + "." + entry.key(), entry.value(), positions));
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                walk(path + "[" + i + "]", sequence.items().get(i), positions);
            }
        }
    }
}
