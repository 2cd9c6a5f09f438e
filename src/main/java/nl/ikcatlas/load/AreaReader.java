package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.AreaKind;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Toddlers;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/areas/*.yaml}. */
final class AreaReader implements RecordReader<Area> {
    private static final FieldGroup TODDLERS = FieldGroup.of("toddlers",
            required("year", FieldType.WHOLE_NUMBER, "Het jaar van de telling, zoals 2024."),
            required("count", FieldType.WHOLE_NUMBER, "Het aantal peuters dat in het gebied woont."),
            optional("at_risk", FieldType.WHOLE_NUMBER,
                    "Hoeveel van die peuters risico lopen op een achterstand in taal of ontwikkeling."),
            CommonFields.SOURCE);
    static final FieldGroup FIELDS = FieldGroup.of("an area",
            CommonFields.ID,
            required("name", FieldType.TEXT, "De naam van het gebied, zoals Berkel en Rodenrijs."),
            required("kind", FieldType.choice(AreaKind.class), "Soort gebied: kern (dorp of stad) of wijk."),
            optional("cbs_code", FieldType.code(CodeFormat.WIJK),
                    "De CBS-code van de wijk: WK, de vier cijfers van de gemeente en twee cijfers, zoals WK162101."
                            + " Verplicht voor een wijk."),
            optional("parent", FieldType.TEXT, "Het gebied waar dit gebied in ligt (een wijk in een kern): de id"
                    + " van een gebied in data/areas/."),
            optional("description", FieldType.TEXT, "Een zin over het gebied."),
            optional("boundary", FieldType.TEXT, "De grens van het gebied: een GeoJSON-bestand (Polygon of"
                    + " MultiPolygon, WGS84) in data/boundaries/, geschreven als boundaries/NAAM.geojson."),
            optional("toddlers", FieldType.group(TODDLERS), "Peuters die in het gebied wonen."),
            CommonFields.SOURCE);

    @Override
    public Area read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        if (f == null) {
            return null;
        }
        Fields t = f.group("toddlers");
        Toddlers toddlers = null;
        if (t != null) {
            Integer year = t.wholeNumber("year");
            Integer count = t.wholeNumber("count");
            Integer atRisk = t.wholeNumber("at_risk");
            String source = t.text("source");
            toddlers = year == null || count == null ? null : new Toddlers(year, count, atRisk, source);
        }
        return new Area(f.text("id"), f.text("name"), f.code("kind", AreaKind.class),
                f.text("cbs_code"), f.text("parent"), f.text("description"),
                f.text("boundary"), toddlers, f.text("source"), origin);
    }
}
