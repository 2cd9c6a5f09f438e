package nl.ikcatlas.view.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ikcatlas.map.MapPlace;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.LevelView;
import nl.ikcatlas.view.shared.MapPlaces;
import nl.ikcatlas.view.shared.OpenPlaces;
import nl.ikcatlas.view.shared.Scale;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * {@code locaties.geojson}: every kindcentrum, school and childcare location as a GeoJSON Point
 * feature (WGS84, longitude first) with its id, name, kind, care types, area, level, page and history.
 * Closed places stay in, as in the other downloads: {@code open} says whether a place is open on the
 * edition date, {@code opened} and {@code closed} give its dates.
 */
public final class GeoData {

    private final ObjectMapper json = new ObjectMapper();

    /** The file, from the build's one index and scale. */
    public SiteFile file(ViewContext ctx) {
        AtlasIndex index = ctx.index();
        Atlas atlas = index.atlas();
        Scale scale = ctx.scale();
        MapPlaces places = ctx.maps().places();
        OpenPlaces open = new OpenPlaces(atlas.settings().edition());
        ObjectNode root = json.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "Locaties IKC-atlas " + atlas.settings().municipality());
        ArrayNode features = root.putArray("features");
        for (Kindcentrum k : index.sortedKindcentra()) {
            MapPlace p = places.kindcentra.get(k.id());
            if (p == null) {
                continue;
            }
            Set<CareType> care = new LinkedHashSet<>();
            k.childcare().forEach(id -> {
                ChildcareLocation c = index.childcare(id);
                if (c != null) {
                    care.addAll(c.careTypes());
                }
            });
            ObjectNode props = feature(features, p, k.area(), index);
            history(props, k.history(), open);
            careTypes(props, List.copyOf(care));
            level(props, k, scale);
            props.putNull("kindcentrum");
        }
        for (School s : index.sortedSchools()) {
            ObjectNode props = feature(features, places.schools.get(s.id()), s.area(), index);
            history(props, s.history(), open);
            props.putArray("care_types");
            partOf(props, index.kindcentraBySchool(s.id()), scale);
        }
        for (ChildcareLocation c : index.sortedChildcare()) {
            ObjectNode props = feature(features, places.childcare.get(c.id()), c.area(), index);
            history(props, c.history(), open);
            careTypes(props, c.careTypes());
            partOf(props, index.kindcentraByChildcare(c.id()), scale);
        }
        try {
            return new SiteFile(SitePaths.GEODATA, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the GeoJSON could not be written", e);
        }
    }

    private static ObjectNode feature(ArrayNode features, MapPlace p, String area, AtlasIndex index) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.put("id", p.kind().code() + "/" + p.id());
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(round(p.at().lon())).add(round(p.at().lat()));
        ObjectNode props = f.putObject("properties");
        props.put("id", p.id());
        props.put("name", p.name());
        props.put("kind", p.kind().code());
        props.put("area", area);
        props.put("area_name", index.area(area) == null ? null : index.area(area).name());
        props.put("url", p.path());
        props.put("approximate", p.approximate());
        return props;
    }

    /** {@code opened} and {@code closed} as YYYY-MM-DD or null, and {@code open} on the edition date. */
    private static void history(ObjectNode props, History history, OpenPlaces open) {
        props.put("opened", history == null || history.opened() == null ? null : history.opened().toString());
        props.put("closed", history == null || history.closed() == null ? null : history.closed().toString());
        props.put("open", open.open(history));
    }

    private static void careTypes(ObjectNode props, List<CareType> types) {
        ArrayNode array = props.putArray("care_types");
        types.forEach(t -> array.add(t.code()));
    }

    /** A school's or childcare location's kindcentrum (the first by name) and its level. */
    private static void partOf(ObjectNode props, List<Kindcentrum> kindcentra, Scale scale) {
        if (kindcentra.isEmpty()) {
            props.putNull("level");
            props.putNull("level_number");
            props.putNull("kindcentrum");
        } else {
            level(props, kindcentra.get(0), scale);
            props.put("kindcentrum", kindcentra.get(0).id());
        }
    }

    /** The level most themes were on in the latest assessment. */
    private static void level(ObjectNode props, Kindcentrum k, Scale scale) {
        LevelView typical = k.assessments().stream().max(Comparator.comparingInt(Assessment::year))
                .map(a -> scale.typical(a.levels())).orElse(null);
        if (typical == null) {
            props.putNull("level");
            props.putNull("level_number");
        } else {
            props.put("level", typical.name());
            props.put("level_number", Integer.parseInt(typical.number()));
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
