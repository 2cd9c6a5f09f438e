package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.model.ThemeLevel;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** Reads {@code data/instrument.yaml}. */
final class InstrumentReader implements RecordReader<Instrument> {
    private static final Set<String> FIELDS = Set.of("name", "description", "source", "levels", "themes");
    private static final Set<String> LEVEL_FIELDS = Set.of("id", "name", "summary", "plain");
    private static final Set<String> THEME_FIELDS = Set.of("id", "name", "summary", "levels");
    private static final Set<String> THEME_LEVEL_FIELDS = Set.of("summary", "plain");

    @Override
    public Instrument read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "the instrument", FIELDS, problems);
        if (f == null) {
            return null;
        }
        var levels = f.list("levels", true, item -> {
            Fields l = item.fields("a level", LEVEL_FIELDS);
            return l == null ? null : new AmbitionLevel(l.requiredText("id"), l.requiredText("name"),
                    l.requiredText("summary"), l.requiredText("plain"));
        });
        var themes = f.list("themes", true, item -> {
            Fields t = item.fields("a theme", THEME_FIELDS);
            if (t == null) {
                return null;
            }
            var described = t.keyed("levels", true, value -> {
                Fields d = value.fields("the description of level " + Quote.of(value.name()), THEME_LEVEL_FIELDS);
                return d == null ? null : new ThemeLevel(d.requiredText("summary"), d.requiredText("plain"));
            });
            return new Theme(t.requiredText("id"), t.requiredText("name"), t.requiredText("summary"), described);
        });
        return new Instrument(f.requiredText("name"), f.optionalText("description"), f.requiredText("source"),
                levels, themes, origin);
    }
}
