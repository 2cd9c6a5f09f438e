package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/childcare/*.yaml}. */
final class ChildcareReader implements RecordReader<ChildcareLocation> {
    private static final String CARE_TYPES = "kdv (dagopvang, 0 tot 4 jaar), peuteropvang (2 tot 4 jaar),"
            + " bso (buitenschoolse opvang, 4 tot 12 jaar) of tso (tussenschoolse opvang)";
    static final FieldGroup FIELDS = new FieldGroup("a childcare location", FieldSpec.join(
            List.of(CommonFields.ID,
                    optional("lrk", FieldType.code(CodeFormat.LRK),
                            "Het nummer in het Landelijk Register Kinderopvang: precies 9 cijfers."),
                    required("name", FieldType.TEXT, "De naam van de opvanglocatie."),
                    required("holder", FieldType.TEXT, "De houder: de id van een houder in data/holders/."),
                    required("care_types", FieldType.listOf(FieldType.choice(CareType.class)),
                            "De soorten opvang, minstens een: " + CARE_TYPES + "."),
                    optional("places", FieldType.keyed(FieldType.choice(CareType.class), FieldType.WHOLE_NUMBER),
                            "Het aantal kindplaatsen per soort opvang uit 'care_types', zoals 'bso: 40'."),
                    required("vve", FieldType.flag(false),
                            "true als de locatie erkend is voor voor- en vroegschoolse educatie (VVE), anders false.")),
            CommonFields.PLACE,
            List.of(optional("lrk_url", FieldType.code(CodeFormat.LRK_PAGE),
                            "De pagina van deze locatie in het Landelijk Register Kinderopvang, zoals het register die"
                                    + " geeft (kolom lrk_url van de export)."),
                    CommonFields.WEBSITE, CommonFields.PHONE),
            HistoryReader.FIELDS,
            List.of(CommonFields.SOURCE)));

    @Override
    public ChildcareLocation read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        if (f == null) {
            return null;
        }
        var careTypes = f.list("care_types", item -> {
            String code = item.text();
            return code == null ? null
                    : f.decode(new YamlNode.Scalar(item.node().position(), code, false), "care_types", CareType.class);
        });
        Map<CareType, Integer> places = new EnumMap<>(CareType.class);
        f.keyed("places", FieldItem::wholeNumber).forEach((type, count) -> {
            CareType careType = f.decode(new YamlNode.Scalar(origin.at("places." + type), type, false),
                    "places", CareType.class);
            if (careType != null) {
                places.put(careType, count);
            }
        });
        Boolean vve = f.flag("vve");
        return new ChildcareLocation(f.text("id"), f.text("lrk"), f.text("name"),
                f.text("holder"), careTypes, places, vve != null && vve, SchoolReader.address(f),
                f.coordinates("coordinates"), f.text("area"), f.text("lrk_url"), f.text("website"), f.text("phone"),
                HistoryReader.read(f), f.text("source"), origin);
    }
}
