package nl.ikcatlas.load;

import java.util.HashMap;
import java.util.Map;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Position;

/** Records the position of every value in a document under its path, for validators to point at. */
final class YamlPositions {

    private YamlPositions() {
    }

    static Origin origin(String file, YamlNode root) {
        Map<String, Position> positions = new HashMap<>();
        walk("", root, positions);
        return new Origin(file, positions);
    }

    private static void walk(String path, YamlNode node, Map<String, Position> positions) {
        positions.put(path, node.position());
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
