package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/holders/*.yaml}. */
final class HolderReader implements RecordReader<ChildcareHolder> {
    static final FieldGroup FIELDS = FieldGroup.of("a childcare holder",
            CommonFields.ID,
            required("name", FieldType.TEXT, "De naam van de organisatie (nooit van een persoon)."),
            optional("kvk", FieldType.code(CodeFormat.KVK), "Het KvK-nummer: precies 8 cijfers."),
            CommonFields.WEBSITE,
            CommonFields.PHONE,
            CommonFields.SOURCE);

    @Override
    public ChildcareHolder read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        return f == null ? null : new ChildcareHolder(f.text("id"), f.text("name"), f.text("kvk"),
                f.text("website"), f.text("phone"), f.text("source"), origin);
    }
}
