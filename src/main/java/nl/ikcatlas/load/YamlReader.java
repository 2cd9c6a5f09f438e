package nl.ikcatlas.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/**
 * Reads one YAML document into {@link YamlNode}s that keep every value's position.
 * Streams Jackson's parser so that positions are exact (a data-binding error would point
 * at the end of a mapping) and scalars keep their source text.
 */
public final class YamlReader {
    /** Records need a few levels; deeper nesting is a mistake, reported where it passes this depth. */
    static final int MAX_DEPTH = 20;

    private final YAMLFactory factory = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** The document's root, or empty when the text is not valid YAML (the problem is reported). */
    public Optional<YamlNode> read(String file, String text, Problems problems) {
        if (hasForbiddenCharacter(file, text, problems)) {
            return Optional.empty();
        }
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Position.startOf(file), "the file is empty", "write the record's fields, one 'field: value' per line");
                return Optional.empty();
            }
            YamlNode root = readValue(file, (YAMLParser) parser, problems);
            if (parser.nextToken() != null) {
                problems.add(position(file, parser.currentTokenLocation()),
                        "a file holds one record, but a second document starts here",
                        "remove the '---' line and what follows, or move it to a file of its own");
            }
            return Optional.ofNullable(root);
        } catch (JsonProcessingException e) {
            Problem problem = YamlSyntaxProblem.of(file, text, e, parser == null ? null : parser.currentTokenLocation());
            problems.add(problem.position(), problem.message(), problem.hint());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Position.startOf(file), "the file could not be read: " + e.getMessage());
            return Optional.empty();
        } finally {
            closeQuietly(parser);
        }
    }

    /** Reports the first character YAML does not allow (control characters other than tab and line breaks). */
    private static boolean hasForbiddenCharacter(String file, String text, Problems problems) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85)
                    || c == 0xFFFE || c == 0xFFFF) {
                problems.add(new Position(file, line, i - lineStart + 1), "the file contains a special character (U+"
                        + String.format("%04X", (int) c) + ") that cannot be in a YAML file",
                        "remove it: it often comes along with text copied from another program");
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // reading a string: there is nothing to release
        }
    }

    private YamlNode readValue(String file, YAMLParser parser, Problems problems) throws IOException {
        Position at = position(file, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (parser.isCurrentAlias()) {
            problems.add(at, "a YAML alias (*" + Quote.excerpt(parser.getText()) + ") is not supported here",
                    "write the value out in full");
            return new YamlNode.Scalar(at, "", true);
        }
        switch (token) {
            case START_OBJECT:
                return readMapping(file, parser, problems, at);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, problems));
                }
                return new YamlNode.Sequence(at, List.copyOf(items));
            case VALUE_NULL:
                return new YamlNode.Scalar(at, "", true);
            default:
                String text = parser.getText();
                return new YamlNode.Scalar(at, text == null ? "" : text, text == null || text.isBlank());
        }
    }

    private YamlNode readMapping(String file, YAMLParser parser, Problems problems, Position at) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = position(file, parser.currentTokenLocation());
            parser.nextToken();
            YamlNode value = readValue(file, parser, problems);
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(keyAt, Quote.of(key) + " appears twice; it was first given at line "
                        + earlier.keyPosition().line(), "keep one of the two");
            } else {
                entries.put(key, new YamlNode.Entry(key, keyAt, value));
            }
        }
        Position start = entries.isEmpty() ? at : entries.values().iterator().next().keyPosition();
        return new YamlNode.Mapping(start, entries);
    }

    private static Position position(String file, JsonLocation location) {
        return new Position(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
