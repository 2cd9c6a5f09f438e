package nl.ikcatlas.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/childcare/*.yaml}. */
final class ChildcareReader implements RecordReader<ChildcareLocation> {
    private static final Set<String> FIELDS = Set.of("id", "lrk", "name", "holder", "care_types", "places", "vve",
            "address", "postcode", "place", "coordinates", "area", "website", "opened", "closed", "former_names",
            "source");

    @Override
    public ChildcareLocation read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "a childcare location", FIELDS, problems);
        if (f == null) {
            return null;
        }
        var careTypes = f.list("care_types", true, item -> {
            String code = item.text();
            return code == null ? null
                    : f.decode(new YamlNode.Scalar(item.node().position(), code, false), "care_types", CareType.class);
        });
        Map<CareType, Integer> places = new EnumMap<>(CareType.class);
        f.keyed("places", false, Fields.Item::wholeNumber).forEach((type, count) -> {
            CareType careType = f.decode(new YamlNode.Scalar(origin.at("places." + type), type, false),
                    "places", CareType.class);
            if (careType != null) {
                places.put(careType, count);
            }
        });
        Boolean vve = f.bool("vve", true, false);
        return new ChildcareLocation(f.requiredText("id"), f.optionalText("lrk"), f.requiredText("name"),
                f.requiredText("holder"), careTypes, places, vve != null && vve, SchoolReader.address(f),
                f.coordinates("coordinates", true), f.requiredText("area"), f.optionalText("website"),
                HistoryReader.read(f), f.requiredText("source"), origin);
    }
}
