package nl.ikcatlas.validate;

import java.util.HashSet;
import java.util.Set;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.problem.Problems;

/** Values within one record that must agree with each other. */
final class ConsistencyRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        for (ChildcareLocation c : loaded.atlas().childcareLocations()) {
            Set<CareType> seen = new HashSet<>();
            for (int i = 0; i < c.careTypes().size(); i++) {
                if (!seen.add(c.careTypes().get(i))) {
                    problems.add(c.origin().at("care_types[" + i + "]"), "'" + c.careTypes().get(i).code()
                            + "' is listed twice in 'care_types'", "remove one of the two");
                }
            }
            c.places().forEach((type, count) -> {
                String at = "places." + type.code();
                if (!seen.contains(type)) {
                    problems.add(c.origin().at(at), "places are given for '" + type.code()
                            + "', but that is not in this location's care_types", "add it to care_types or remove these places");
                }
                if (count != null && count < 0) {
                    problems.add(c.origin().at(at), "the number of places cannot be negative");
                }
            });
        }
    }
}
