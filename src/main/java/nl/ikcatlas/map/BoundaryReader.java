package nl.ikcatlas.map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * FeatureCollection (all polygons together, or each feature on its own), in WGS84 or, as CBS and PDOK often
 * publish them, in RD New with a {@code crs} naming EPSG:28992. Mistakes are problems at the file's line and column;
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
            return outline(parse(parser, name, problems), problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return null;
        }
    }

    /** The outline of a GeoJSON text (a boundary file about to be written), or null after reporting why not. */
    public Outline read(String geojson, String name, Problems problems) {
        try (JsonParser parser = json.createParser(geojson)) {
            return outline(parse(parser, name, problems), problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the text could not be read: " + e.getMessage());
            return null;
        }
    }

    /**
     * One feature of a FeatureCollection: where it starts, its properties' plain values (a whole number
     * without its decimals), and its polygons in WGS84 (none when it has no geometry; null when its geometry
     * has mistakes, which are reported).
     */
    public record Feature(Position position, Map<String, String> properties, Surface surface) {
    }

    /**
     * The features of a GeoJSON FeatureCollection file, each read on its own; none when the file is not
     * a FeatureCollection. Every mistake is a problem at its line and column.
     */
    public List<Feature> features(Path file, String name, Problems problems) {
        PositionedJson root;
        try (JsonParser parser = json.createParser(file.toFile())) {
            root = parse(parser, name, problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return List.of();
        }
        PositionedJson type = root == null ? null : root.field("type");
        PositionedJson items = root == null ? null : root.field("features");
        if (type == null || !"FeatureCollection".equals(type.text) || items == null || items.items == null) {
            return List.of();
        }
        boolean rd = isRd(root);
        List<Feature> features = new ArrayList<>();
        for (PositionedJson item : items.items) {
            Map<String, String> properties = new LinkedHashMap<>();
            PositionedJson values = item.field("properties");
            if (values != null && values.fields != null) {
                values.fields.forEach((key, value) -> properties.put(key, plain(value)));
            }
            List<List<List<Coordinates>>> polygons = new ArrayList<>();
            PositionedJson geometry = item.field("geometry");
            int before = problems.size();
            if (geometry != null && geometry.fields != null) {
                collect(geometry, rd, polygons, problems);
            }
            features.add(new Feature(item.position, properties, problems.size() > before ? null : new Surface(polygons)));
        }
        return features;
    }

    /** The JSON of a GeoJSON file, or null after reporting where it is not valid JSON. */
    private static PositionedJson parse(JsonParser parser, String name, Problems problems) throws IOException {
        try {
            parser.nextToken();
            return PositionedJson.read(parser, name);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(at == null ? Position.startOf(name) : new Position(name, at.getLineNr(), at.getColumnNr()),
                    "this is not valid GeoJSON: " + Quote.excerpt(ParserMessages.plain(e.getOriginalMessage(), "the text could not be read as JSON"), Quote.MESSAGE_MAX), "check brackets, commas and quotes");
            return null;
        }
    }

    private Outline outline(PositionedJson root, Problems problems) {
        if (root == null) {
            return null;
        }
        List<List<List<Coordinates>>> polygons = new ArrayList<>();
        int before = problems.size();
        collect(root, isRd(root), polygons, problems);
        if (problems.size() > before) {
            return null;
        }
        if (polygons.isEmpty()) {
            problems.add(root.position, "the file has no Polygon or MultiPolygon",
                    "give the area's outline as a GeoJSON Polygon or MultiPolygon");
            return null;
        }
        return new Surface(polygons).outline();
    }

    private static boolean isRd(PositionedJson root) {
        return root.field("crs") != null && root.field("crs").toString().contains("28992");
    }

    /** A property's value as text: a string as it is, a number as written (a whole one without ".0"), else empty. */
    private static String plain(PositionedJson value) {
        if (value.number != null && value.number == Math.rint(value.number) && Math.abs(value.number) < 1e15) {
            return String.valueOf(value.number.longValue());
        }
        return value.text != null || value.number != null ? value.toString() : "";
    }

    private void collect(PositionedJson node, boolean rd, List<List<List<Coordinates>>> polygons, Problems problems) {
        PositionedJson type = node.field("type");
        String kind = type == null ? null : type.text;
        if (kind == null) {
            problems.add(node.position, "a GeoJSON object needs a \"type\"");
            return;
        }
        switch (kind) {
            case "FeatureCollection" -> {
                PositionedJson features = node.field("features");
                if (features != null) {
                    features.items.forEach(f -> collect(f, rd, polygons, problems));
                }
            }
            case "Feature" -> {
                PositionedJson geometry = node.field("geometry");
                if (geometry != null && geometry.fields != null) {
                    collect(geometry, rd, polygons, problems);
                }
            }
            case "Polygon" -> polygon(node.field("coordinates"), rd, polygons, problems, node);
            case "MultiPolygon" -> {
                PositionedJson list = node.field("coordinates");
                if (list == null || list.items == null) {
                    problems.add(node.position, "a MultiPolygon needs \"coordinates\": a list of polygons");
                    return;
                }
                list.items.forEach(p -> polygon(p, rd, polygons, problems, node));
            }
            default -> problems.add(type.position, "the outline must be a Polygon or MultiPolygon, not " + kind,
                    "an area's outline is a surface; points and lines cannot be used");
        }
    }

    private void polygon(PositionedJson polygon, boolean rd, List<List<List<Coordinates>>> polygons, Problems problems,
            PositionedJson owner) {
        if (polygon == null || polygon.items == null) {
            problems.add(owner.position, "a Polygon needs \"coordinates\": a list of rings");
            return;
        }
        List<List<Coordinates>> rings = new ArrayList<>();
        for (PositionedJson ringNode : polygon.items) {
            if (ringNode.items == null || ringNode.items.size() < 4) {
                problems.add(ringNode.position, "a ring needs at least 4 positions (the first repeated at the end)");
                continue;
            }
            List<Coordinates> ring = new ArrayList<>(ringNode.items.size());
            for (PositionedJson pos : ringNode.items) {
                Coordinates c = position(pos, rd, problems);
                if (c == null) {
                    return;
                }
                ring.add(c);
            }
            rings.add(ring);
        }
        if (!rings.isEmpty()) {
            polygons.add(rings);
        }
    }

    private Coordinates position(PositionedJson pos, boolean rd, Problems problems) {
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
}
