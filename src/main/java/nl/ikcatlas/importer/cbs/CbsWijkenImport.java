package nl.ikcatlas.importer.cbs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ikcatlas.importer.AtlasFile;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.Merge;
import nl.ikcatlas.importer.Names;
import nl.ikcatlas.importer.RegisterImport;
import nl.ikcatlas.importer.RegisterRecord;
import nl.ikcatlas.importer.RegisterSource;
import nl.ikcatlas.importer.Value;
import nl.ikcatlas.map.BoundaryReader;
import nl.ikcatlas.map.Outline;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * The CBS wijken as PDOK publishes them (GeoJSON, WGS84 or RD New with a {@code crs}): the municipality's
 * wijken become areas of kind {@code wijk} with their code, name and boundary file, and places without a
 * hand-set area are put in the wijk that contains them ({@link WijkPlacement}).
 */
public final class CbsWijkenImport implements RegisterImport {
    static final String CODE = "wijkcode";
    static final String NAME = "wijknaam";
    static final String MUNICIPALITY = "gemeentecode";
    static final String MUNICIPALITY_NAME = "gemeentenaam";
    static final String WATER = "water";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file's features, and its coordinate system when it names one (RD New). */
    private record Collection(JsonNode crs, List<JsonNode> features) {
        static final Collection NONE = new Collection(null, List.of());
    }

    /** One wijk: its code and name, and its boundary file's path, text and outline. */
    record Wijk(String code, String name, String boundary, String geojson, Outline outline) {
    }

    @Override
    public RegisterSource source() {
        return RegisterSource.CBS;
    }

    @Override
    public String kind() {
        return "a GeoJSON file of CBS wijken";
    }

    @Override
    public Optional<String> municipalityName(Path file, String code) {
        return features(file, file.toString(), new Problems()).features().stream()
                .filter(f -> municipality(f).equals(code)).findFirst()
                .map(f -> f.path("properties").path(MUNICIPALITY_NAME).asText(""))
                .filter(name -> !name.isBlank()).map(Names::name);
    }

    @Override
    public void read(Path file, String name, AtlasFile atlas, ImportPlan plan, Problems problems) {
        int before = problems.size();
        Collection collection = features(file, name, problems);
        List<JsonNode> features = collection.features();
        List<Wijk> wijken = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            JsonNode properties = feature.path("properties");
            if (!municipality(feature).equals(atlas.code()) || properties.path(WATER).asText("").equalsIgnoreCase("JA")) {
                continue;
            }
            wijk(feature, i + 1, collection.crs(), name, problems).ifPresent(wijken::add);
        }
        if (wijken.isEmpty() && problems.size() == before && !features.isEmpty()) {
            problems.add(Position.startOf(name), "the file has no wijken of municipality " + atlas.code() + " ("
                    + atlas.municipality() + ")", "check cbs_code in " + AtlasFile.NAME + ", and that the file holds wijken of"
                    + " that municipality");
        }
        if (problems.size() > before) {
            return;
        }
        List<RegisterRecord> records = new ArrayList<>();
        for (Wijk wijk : wijken) {
            Path boundary = plan.data().resolve(wijk.boundary());
            String old = plan.read(boundary);
            if (old != null && !old.equals(wijk.geojson())) {
                plan.report().changed(plan.name(boundary), "outline", "as before", "as in the register");
            }
            plan.write(boundary, wijk.geojson());
            Map<String, Value> owned = new LinkedHashMap<>();
            owned.put("name", Value.text(wijk.name()));
            owned.put("kind", Value.raw("wijk"));
            owned.put("cbs_code", Value.text(wijk.code()));
            records.add(new RegisterRecord(Layout.AREA, "cbs_code", wijk.code(), Names.id(wijk.name()), owned,
                    Map.of("boundary", Value.text(wijk.boundary()), "source", Value.text(source().id())), null, 1));
        }
        Map<String, String> ids = new Merge(plan, problems).merge(Layout.AREA, name, records, false);
        Map<String, Outline> outlines = new LinkedHashMap<>();
        wijken.forEach(w -> outlines.put(ids.get(w.code()), w.outline()));
        new WijkPlacement(plan, problems).place(outlines);
    }

    private static String municipality(JsonNode feature) {
        String code = feature.path("properties").path(MUNICIPALITY).asText("");
        return code.startsWith("GM") ? code.substring(2) : code;
    }

    /** The features, or none after a problem: not JSON, not a FeatureCollection, or not of CBS wijken. */
    private Collection features(Path file, String name, Problems problems) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            problems.add(e.getLocation() == null ? Position.startOf(name)
                            : new Position(name, e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
                    "this is not " + kind() + ": " + e.getOriginalMessage(), "download the wijken as GeoJSON from PDOK");
            return Collection.NONE;
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return Collection.NONE;
        }
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray() || !"FeatureCollection".equals(root.path("type").asText())) {
            problems.add(Position.startOf(name), "this is not " + kind() + ": it is not a GeoJSON FeatureCollection",
                    "download the wijken as GeoJSON from PDOK");
            return Collection.NONE;
        }
        List<JsonNode> list = new ArrayList<>();
        features.forEach(list::add);
        if (!list.isEmpty() && !list.get(0).path("properties").has(CODE)) {
            problems.add(Position.startOf(name), "this is not " + kind() + ": its features have no property '" + CODE + "'",
                    "take the wijken layer of the CBS wijk- en buurtkaart, not the buurten or gemeenten");
            return Collection.NONE;
        }
        for (String property : List.of(NAME, MUNICIPALITY)) {
            if (!list.isEmpty() && !list.get(0).path("properties").has(property)) {
                problems.add(Position.startOf(name), "the property '" + property + "' is missing from " + kind(),
                        "the import needs it; download the wijken again from PDOK");
                return Collection.NONE;
            }
        }
        return new Collection(root.get("crs"), list);
    }

    private Optional<Wijk> wijk(JsonNode feature, int number, JsonNode crs, String name, Problems problems) {
        String code = feature.path("properties").path(CODE).asText("");
        String wijkName = Names.name(feature.path("properties").path(NAME).asText(""));
        if (!code.matches("WK[0-9]{6}") || wijkName.isEmpty() || !feature.path("geometry").isObject()) {
            problems.add(Position.startOf(name), "feature " + number + " (" + code + ") cannot be read: it needs a "
                    + CODE + " like WK162101, a " + NAME + " and a geometry", "the file may be damaged; download it again");
            return Optional.empty();
        }
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        if (crs != null) {
            collection.set("crs", crs);
        }
        ObjectNode out = collection.putArray("features").addObject().put("type", "Feature");
        out.putObject("properties").put(CODE, code).put(NAME, wijkName);
        out.set("geometry", feature.get("geometry"));
        String geojson = collection.toString() + "\n";
        String boundary = "boundaries/" + code.toLowerCase(Locale.ROOT) + ".geojson";
        Outline outline = new BoundaryReader().read(geojson, name, problems);
        return outline == null ? Optional.empty() : Optional.of(new Wijk(code, wijkName, boundary, geojson, outline));
    }
}
