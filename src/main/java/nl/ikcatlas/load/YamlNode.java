package nl.ikcatlas.load;

import java.util.List;
import java.util.Map;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Quote;

/** A YAML value with the position it was written at. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Position position();

    /** A short name for the kind of value, for messages: "text", "a list", "a group of fields". */
    String describe();

    /** A mapping; keys keep their file order and position. */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        @Override
        public String describe() {
            return "a group of fields";
        }
    }

    /** One key of a mapping with its value. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar as written: {@code text} is the source text (so codes keep leading zeros and
     * YAML 1.1 words like {@code no} stay words); {@code isNull} for an empty value or {@code ~}.
     */
    record Scalar(Position position, String text, boolean isNull) implements YamlNode {
        @Override
        public String describe() {
            return isNull ? "empty" : Quote.of(text);
        }
    }
}
