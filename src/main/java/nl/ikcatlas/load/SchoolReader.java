package nl.ikcatlas.load;

import java.util.Set;
import nl.ikcatlas.model.Address;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Pupils;
import nl.ikcatlas.model.School;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/schools/*.yaml}. */
final class SchoolReader implements RecordReader<School> {
    private static final Set<String> FIELDS = Set.of("id", "vestigingscode", "name", "board", "address", "postcode",
            "place", "coordinates", "area", "denomination", "website", "pupils", "opened", "closed", "former_names",
            "source");
    private static final Set<String> PUPIL_FIELDS = Set.of("count", "year", "source");

    @Override
    public School read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, "", "a school", FIELDS, problems);
        if (f == null) {
            return null;
        }
        Fields p = f.group("pupils", PUPIL_FIELDS, false);
        Pupils pupils = null;
        if (p != null) {
            Integer count = p.requiredWholeNumber("count");
            Integer year = p.requiredWholeNumber("year");
            String source = p.requiredText("source");
            pupils = count == null || year == null ? null : new Pupils(count, year, source);
        }
        return new School(f.requiredText("id"), f.requiredText("vestigingscode"), f.requiredText("name"),
                f.requiredText("board"), address(f), f.coordinates("coordinates", true), f.requiredText("area"),
                f.requiredText("denomination"), f.optionalText("website"), pupils, HistoryReader.read(f),
                f.requiredText("source"), origin);
    }

    /** The address fields shared by schools and childcare locations. */
    static Address address(Fields f) {
        return new Address(f.requiredText("address"), f.requiredText("postcode"), f.requiredText("place"));
    }
}
