package nl.ikcatlas.map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.problem.ParserMessages;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/**
 * Reads the GeoJSON outlines areas refer to: a Polygon or MultiPolygon, bare, as a Feature or in a
 * FeatureCollection (all polygons together), in WGS84 or, as CBS and PDOK often publish them, in
 * RD New with a {@code crs} naming EPSG:28992. Mistakes are problems at the file's line and column;
 * files that are missing or outside data/boundaries/ are left to the file rules.
 */
public final class BoundaryReader {
    private final JsonFactory json = new JsonFactory();

    /** {@code folder}: where boundary files must be; {@code dataDir}: what their paths are relative to. */
    public Boundaries read(List<Area> areas, Path dataDir, Path folder, Problems problems) {
        folder = folder.toAbsolutePath().normalize();
        Map<String, Outline> outlines = new HashMap<>();
        Map<String, Outline> byFile = new HashMap<>();
        for (Area area : areas) {
            if (area.boundary() == null) {
                continue;
            }
            Path file = dataDir.resolve(area.boundary()).toAbsolutePath().normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                continue;
            }
            String name = "data/" + area.boundary();
            Outline outline = byFile.containsKey(name) ? byFile.get(name) : read(file, name, problems);
            byFile.put(name, outline);
            if (outline != null) {
                outlines.put(area.id(), outline);
            }
        }
        return new Boundaries(outlines);
    }

    /** One file's outline, or null after reporting why it cannot be used. */
    Outline read(Path file, String name, Problems problems) {
        try (JsonParser parser = json.createParser(file.toFile())) {
            return read(parser, name, problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return null;
        }
    }

    /** The outline of a GeoJSON text (a boundary file about to be written), or null after reporting why not. */
    public Outline read(String geojson, String name, Problems problems) {
        try (JsonParser parser = json.createParser(geojson)) {
            return read(parser, name, problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the text could not be read: " + e.getMessage());
            return null;
        }
    }

    private Outline read(JsonParser parser, String name, Problems problems) throws IOException {
        Node root;
        try {
            parser.nextToken();
            root = Node.read(parser, name);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(at == null ? Position.startOf(name) : new Position(name, at.getLineNr(), at.getColumnNr()),
                    "this is not valid GeoJSON: " + Quote.excerpt(ParserMessages.plain(e.getOriginalMessage(), "the text could not be read as JSON"), Quote.MESSAGE_MAX), "check brackets, commas and quotes");
            return null;
        }
        boolean rd = root.field("crs") != null && root.field("crs").toString().contains("28992");
        List<List<Coordinates>> rings = new ArrayList<>();
        int before = problems.size();
        collect(root, rd, rings, name, problems);
        if (problems.size() > before) {
            return null;
        }
        if (rings.isEmpty()) {
            problems.add(root.position, "the file has no Polygon or MultiPolygon",
                    "give the area's outline as a GeoJSON Polygon or MultiPolygon");
            return null;
        }
        return new Outline(rings);
    }

    private void collect(Node node, boolean rd, List<List<Coordinates>> rings, String name, Problems problems) {
        Node type = node.field("type");
        String kind = type == null ? null : type.text;
        if (kind == null) {
            problems.add(node.position, "a GeoJSON object needs a \"type\"");
            return;
        }
        switch (kind) {
            case "FeatureCollection" -> {
                Node features = node.field("features");
                if (features != null) {
                    features.items.forEach(f -> collect(f, rd, rings, name, problems));
                }
            }
            case "Feature" -> {
                Node geometry = node.field("geometry");
                if (geometry != null && geometry.fields != null) {
                    collect(geometry, rd, rings, name, problems);
                }
            }
            case "Polygon" -> polygon(node.field("coordinates"), rd, rings, problems, node);
            case "MultiPolygon" -> {
                Node polygons = node.field("coordinates");
                if (polygons == null || polygons.items == null) {
                    problems.add(node.position, "a MultiPolygon needs \"coordinates\": a list of polygons");
                    return;
                }
                polygons.items.forEach(p -> polygon(p, rd, rings, problems, node));
            }
            default -> problems.add(type.position, "the outline must be a Polygon or MultiPolygon, not " + kind,
                    "an area's outline is a surface; points and lines cannot be used");
        }
    }

    private void polygon(Node polygon, boolean rd, List<List<Coordinates>> rings, Problems problems, Node owner) {
        if (polygon == null || polygon.items == null) {
            problems.add(owner.position, "a Polygon needs \"coordinates\": a list of rings");
            return;
        }
        for (Node ringNode : polygon.items) {
            if (ringNode.items == null || ringNode.items.size() < 4) {
                problems.add(ringNode.position, "a ring needs at least 4 positions (the first repeated at the end)");
                continue;
            }
            List<Coordinates> ring = new ArrayList<>(ringNode.items.size());
            for (Node pos : ringNode.items) {
                Coordinates c = position(pos, rd, problems);
                if (c == null) {
                    return;
                }
                ring.add(c);
            }
            rings.add(ring);
        }
    }

    private Coordinates position(Node pos, boolean rd, Problems problems) {
        if (pos.items == null || pos.items.size() < 2 || pos.items.get(0).number == null
                || pos.items.get(1).number == null) {
            problems.add(pos.position, "a position must be a pair of numbers: "
                    + (rd ? "[x, y] in RD New" : "[longitude, latitude]"));
            return null;
        }
        double a = pos.items.get(0).number;
        double b = pos.items.get(1).number;
        if (rd) {
            if (!RdNew.inRange(a, b)) {
                problems.add(pos.position, "the RD position " + a + ", " + b + " lies outside the Netherlands");
                return null;
            }
            return RdNew.toWgs84(a, b);
        }
        if (Math.abs(a) > 180 || Math.abs(b) > 90) {
            problems.add(pos.position, "the position " + a + ", " + b + " is not in degrees",
                    "for RD New coordinates add \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
                            + " \"urn:ogc:def:crs:EPSG::28992\"}}");
            return null;
        }
        return new Coordinates(b, a);
    }

    /** A JSON value with the position it starts at. */
    private static final class Node {
        final Position position;
        Map<String, Node> fields;
        List<Node> items;
        Double number;
        String text;

        Node(Position position) {
            this.position = position;
        }

        Node field(String key) {
            return fields == null ? null : fields.get(key);
        }

        static Node read(JsonParser p, String file) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            Node node = new Node(new Position(file, at.getLineNr(), at.getColumnNr()));
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
}
