package nl.ikcatlas.validate;

import java.util.HashSet;
import java.util.Set;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Toddlers;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** Values within one record that must agree with each other. */
final class ConsistencyRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        loaded.atlas().schools().forEach(s -> checkHistory(s.history(), s.origin(), problems));
        loaded.atlas().childcareLocations().forEach(c -> checkHistory(c.history(), c.origin(), problems));
        loaded.atlas().kindcentra().forEach(k -> checkHistory(k.history(), k.origin(), problems));
        for (Area a : loaded.atlas().areas()) {
            Toddlers t = a.toddlers();
            if (t != null && t.atRisk() != null && (t.atRisk() < 0 || t.atRisk() > t.count())) {
                problems.add(a.origin().at("toddlers.at_risk"), "the number of toddlers at risk (" + t.atRisk()
                        + ") must be between 0 and the number of toddlers (" + t.count() + ")");
            }
        }
        for (ChildcareLocation c : loaded.atlas().childcareLocations()) {
            Set<CareType> seen = new HashSet<>();
            for (int i = 0; i < c.careTypes().size(); i++) {
                if (!seen.add(c.careTypes().get(i))) {
                    problems.add(c.origin().at("care_types[" + i + "]"), Quote.of(c.careTypes().get(i).code()) + " is listed twice in 'care_types'", "remove one of the two");
                }
            }
            c.places().forEach((type, count) -> {
                String at = "places." + type.code();
                if (!seen.contains(type)) {
                    problems.add(c.origin().at(at), "places are given for " + Quote.of(type.code()) + ", but that is not in this location's care_types", "add it to care_types or remove these places");
                }
                if (count != null && count < 0) {
                    problems.add(c.origin().at(at), "the number of places cannot be negative");
                }
            });
        }
    }

    private static void checkHistory(History history, Origin origin, Problems problems) {
        if (history != null && history.opened() != null && history.closed() != null
                && history.closed().isBefore(history.opened())) {
            problems.add(origin.at("closed"), "the closing date " + history.closed() + " is before the opening date "
                    + history.opened(), "correct one of the two dates");
        }
    }
}
