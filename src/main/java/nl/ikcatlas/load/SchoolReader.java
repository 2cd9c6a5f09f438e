package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import java.util.List;
import nl.ikcatlas.model.Address;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Pupils;
import nl.ikcatlas.model.School;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/schools/*.yaml}. */
final class SchoolReader implements RecordReader<School> {
    private static final FieldGroup PUPILS = FieldGroup.of("pupils",
            required("count", FieldType.WHOLE_NUMBER, "Het aantal leerlingen."),
            required("year", FieldType.WHOLE_NUMBER, "Het jaar van de telling, zoals 2024."),
            CommonFields.SOURCE);
    static final FieldGroup FIELDS = new FieldGroup("a school", FieldSpec.join(
            List.of(CommonFields.ID,
                    required("vestigingscode", FieldType.code(CodeFormat.VESTIGINGSCODE),
                            "De vestigingscode van DUO: het BRIN-nummer (twee cijfers en twee hoofdletters) en twee"
                                    + " cijfers, zoals 16DB00."),
                    required("name", FieldType.TEXT, "De naam van de school."),
                    required("board", FieldType.TEXT, "Het schoolbestuur: de id van een bestuur in data/boards/.")),
            CommonFields.PLACE,
            List.of(required("denomination", FieldType.TEXT, "De richting, zoals DUO die schrijft: Openbaar,"
                            + " Rooms-Katholiek, Protestants-Christelijk, ..."),
                    CommonFields.WEBSITE,
                    optional("pupils", FieldType.group(PUPILS), "Het aantal leerlingen, met jaar en bron.")),
            HistoryReader.FIELDS,
            List.of(CommonFields.SOURCE)));

    @Override
    public School read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        if (f == null) {
            return null;
        }
        Fields p = f.group("pupils");
        Pupils pupils = null;
        if (p != null) {
            Integer count = p.wholeNumber("count");
            Integer year = p.wholeNumber("year");
            String source = p.text("source");
            pupils = count == null || year == null ? null : new Pupils(count, year, source);
        }
        return new School(f.text("id"), f.text("vestigingscode"), f.text("name"),
                f.text("board"), address(f), f.coordinates("coordinates"), f.text("area"),
                f.text("denomination"), f.text("website"), pupils, HistoryReader.read(f),
                f.text("source"), origin);
    }

    /** The address fields shared by schools and childcare locations. */
    static Address address(Fields f) {
        return new Address(f.text("address"), f.text("postcode"), f.text("place"));
    }
}
