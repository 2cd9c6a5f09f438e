package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/boards/*.yaml}. */
final class BoardReader implements RecordReader<SchoolBoard> {
    static final FieldGroup FIELDS = FieldGroup.of("a school board",
            CommonFields.ID,
            required("number", FieldType.code(CodeFormat.BOARD_NUMBER),
                    "Het bevoegd-gezagnummer dat DUO het bestuur geeft: 1 tot 6 cijfers, zoals 41487."),
            optional("name", FieldType.TEXT,
                    "De naam van het bestuur. Zonder naam toont de atlas 'Schoolbestuur' en het nummer."),
            optional("denomination", FieldType.TEXT, "De richting, zoals DUO die schrijft: Openbaar,"
                    + " Rooms-Katholiek, Protestants-Christelijk, ..."),
            CommonFields.WEBSITE,
            CommonFields.SOURCE);

    @Override
    public SchoolBoard read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        return f == null ? null : new SchoolBoard(f.text("id"), f.text("number"), f.text("name"),
                f.text("denomination"), f.text("website"), f.text("source"), origin);
    }
}
