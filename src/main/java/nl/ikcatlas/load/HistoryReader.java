package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import java.util.List;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;

/** Reads the optional {@code opened}, {@code closed} and {@code former_names} fields a place may have. */
final class HistoryReader {
    private static final FieldGroup FORMER_NAME = FieldGroup.of("a former name",
            required("name", FieldType.TEXT, "De naam van vroeger."),
            required("until", FieldType.DATE, "De datum waarop de naam veranderde (JJJJ-MM-DD)."));
    static final List<FieldSpec> FIELDS = List.of(
            optional("opened", FieldType.DATE, "De datum waarop de plek openging (JJJJ-MM-DD)."),
            optional("closed", FieldType.DATE,
                    "De datum waarop de plek sloot (JJJJ-MM-DD), niet voor 'opened'. Een gesloten plek blijft in de"
                            + " gegevens staan."),
            optional("former_names", FieldType.listOf(FieldType.group(FORMER_NAME)),
                    "Namen van vroeger, elk met de datum waarop de naam veranderde."));

    private HistoryReader() {
    }

    static History read(Fields f) {
        var formerNames = f.list("former_names", item -> {
            Fields n = item.fields();
            return n == null ? null : new FormerName(n.text("name"), n.date("until"));
        });
        return new History(f.date("opened"), f.date("closed"), formerNames);
    }
}
