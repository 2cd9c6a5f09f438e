package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.Contact;
import nl.ikcatlas.model.MapSettings;
import nl.ikcatlas.model.MunicipalRole;
import nl.ikcatlas.model.Policy;
import nl.ikcatlas.model.TileSource;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/atlas.yaml}. */
final class SettingsReader implements RecordReader<AtlasSettings> {
    private static final Set<String> FIELDS =
            Set.of("municipality", "cbs_code", "edition", "summary", "illustrative", "sources", "contact", "map",
                    "policy");
    private static final Set<String> SOURCE_FIELDS =
            Set.of("id", "name", "publisher", "url", "date", "illustrative", "description");
    private static final Set<String> CONTACT_FIELDS = Set.of("organisation", "email", "phone", "website");
    private static final Set<String> MAP_FIELDS = Set.of("tiles");
    private static final Set<String> POLICY_FIELDS = Set.of("role", "budget", "description", "source");

    @Override
    public AtlasSettings read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "the atlas settings", FIELDS, problems);
        if (f == null) {
            return null;
        }
        var sources = f.list("sources", true, item -> {
            Fields s = item.fields("a source", SOURCE_FIELDS);
            if (s == null) {
                return null;
            }
            // a wrongly written value reads as null: report it and treat the source as real data
            Boolean illustrative = s.bool("illustrative", false, false);
            return new Source(s.requiredText("id"), s.requiredText("name"), s.optionalText("publisher"),
                    s.optionalText("url"), s.requiredDate("date"), Boolean.TRUE.equals(illustrative),
                    s.optionalText("description"));
        });
        Fields c = f.group("contact", CONTACT_FIELDS, true);
        Contact contact = c == null ? null : new Contact(c.requiredText("organisation"), c.optionalText("email"),
                c.optionalText("phone"), c.optionalText("website"));
        Fields m = f.group("map", MAP_FIELDS, false);
        TileSource tiles = m == null ? null : m.code("tiles", TileSource.class, true);
        MapSettings map = tiles == null ? MapSettings.DEFAULT : new MapSettings(tiles);
        Fields p = f.group("policy", POLICY_FIELDS, false);
        Policy policy = p == null ? null : new Policy(p.code("role", MunicipalRole.class, true), p.optionalText("budget"),
                p.optionalText("description"), p.requiredText("source"));
        return new AtlasSettings(f.requiredText("municipality"), f.requiredText("cbs_code"), f.requiredDate("edition"),
                f.optionalText("summary"), f.optionalText("illustrative"), sources, contact, map, policy, origin);
    }
}
