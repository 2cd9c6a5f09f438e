package nl.ikcatlas.map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.problem.Position;

/** A JSON value with the position it starts at, so every mistake in a GeoJSON file is shown at its line. */
final class PositionedJson {
    final Position position;
    Map<String, PositionedJson> fields;
    List<PositionedJson> items;
    Double number;
    String text;

    private PositionedJson(Position position) {
        this.position = position;
    }

    PositionedJson field(String key) {
        return fields == null ? null : fields.get(key);
    }

    /** The value that starts at the parser's current token. */
    static PositionedJson read(JsonParser p, String file) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        PositionedJson node = new PositionedJson(new Position(file, at.getLineNr(), at.getColumnNr()));
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            node.fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                node.fields.put(key, read(p, file));
            }
        } else if (token == JsonToken.START_ARRAY) {
            node.items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                node.items.add(read(p, file));
            }
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            node.number = p.getDoubleValue();
        } else if (token == JsonToken.VALUE_STRING) {
            node.text = p.getText();
        }
        return node;
    }

    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        if (fields != null) {
            return fields.toString();
        }
        return items == null ? String.valueOf(number) : items.toString();
    }
}
