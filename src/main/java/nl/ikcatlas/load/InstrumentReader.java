package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.model.ThemeLevel;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** Reads {@code data/instrument.yaml}. */
final class InstrumentReader implements RecordReader<Instrument> {
    private static final FieldGroup LEVEL = FieldGroup.of("a level",
            required("id", FieldType.TEXT, "Korte naam van het niveau, zoals back-to-back."
                    + " Metingen in data/kindcentra/ noemen het niveau zo."),
            required("name", FieldType.TEXT, "De naam van het niveau, zoals Rug aan rug."),
            required("summary", FieldType.TEXT, "Het niveau in een regel."),
            required("plain", FieldType.TEXT, "Wat het niveau betekent voor een kind en een ouder, in gewone woorden."));
    private static final FieldGroup THEME_LEVEL = FieldGroup.of("the description of a level",
            required("summary", FieldType.TEXT, "Een korte beschrijving van het thema op dit niveau."),
            required("plain", FieldType.TEXT, "Hetzelfde in gewone woorden, voor ouders."));
    private static final FieldGroup THEME = FieldGroup.of("a theme",
            required("id", FieldType.TEXT, "Korte naam van het thema, zoals ouders."
                    + " Metingen in data/kindcentra/ noemen het thema zo."),
            required("name", FieldType.TEXT, "De naam van het thema."),
            required("summary", FieldType.TEXT, "Waar het thema over gaat."),
            required("levels", FieldType.keyed(FieldType.TEXT, FieldType.group(THEME_LEVEL)), "Voor elk niveau"
                    + " van het instrument: de id van het niveau met een korte en een eenvoudige beschrijving."
                    + " De ids komen uit 'levels' hierboven, dus de lijst staat niet vast in dit schema."));
    static final FieldGroup FIELDS = FieldGroup.of("the instrument",
            required("name", FieldType.TEXT, "De naam van het instrument, zoals Ontwikkelinstrument IKC."),
            optional("description", FieldType.TEXT, "Waar het instrument voor is, in gewone woorden."),
            CommonFields.SOURCE,
            required("levels", FieldType.listOf(FieldType.group(LEVEL)), "De ambitieniveaus, de laagste eerst."),
            required("themes", FieldType.listOf(FieldType.group(THEME)), "De thema's van het instrument."));

    @Override
    public Instrument read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        if (f == null) {
            return null;
        }
        var levels = f.list("levels", item -> {
            Fields l = item.fields();
            return l == null ? null : new AmbitionLevel(l.text("id"), l.text("name"), l.text("summary"), l.text("plain"));
        });
        var themes = f.list("themes", item -> {
            Fields t = item.fields();
            if (t == null) {
                return null;
            }
            var described = t.keyed("levels", value -> {
                Fields d = value.fields("the description of level " + Quote.of(value.name()));
                return d == null ? null : new ThemeLevel(d.text("summary"), d.text("plain"));
            });
            return new Theme(t.text("id"), t.text("name"), t.text("summary"), described);
        });
        return new Instrument(f.text("name"), f.text("description"), f.text("source"), levels, themes, origin);
    }
}
