package nl.ikcatlas.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;

/**
 * Adds up, per area, what lies in it or in the areas inside it. One pass over the records: each
 * record is added to its own area and the areas that area lies in.
 */
public final class AreaSummaries {
    private final Map<String, AreaSummary> byArea;

    public AreaSummaries(Atlas atlas) {
        LocalDate edition = atlas.settings().edition();
        Map<String, Counter> counters = new HashMap<>();
        for (Area a : atlas.areas()) {
            counters.put(a.id(), new Counter());
        }
        Map<String, List<String>> enclosing = enclosing(atlas.areas());
        for (School s : atlas.schools()) {
            if (s.history().openOn(edition)) {
                for (Counter c : counters(counters, enclosing, s.area())) {
                    c.schools++;
                    if (s.pupils() != null) {
                        c.schoolsWithPupils++;
                        c.pupils += s.pupils().count();
                        if (s.pupils().source() != null) {
                            c.pupilSources.add(s.pupils().source());
                        }
                    }
                }
            }
        }
        for (ChildcareLocation l : atlas.childcareLocations()) {
            if (l.history().openOn(edition)) {
                for (Counter c : counters(counters, enclosing, l.area())) {
                    c.childcare++;
                    if (l.vve()) {
                        c.vve++;
                    }
                    for (CareType type : new LinkedHashSet<>(l.careTypes())) {
                        c.locationsByType.merge(type, 1, Integer::sum);
                    }
                    l.places().forEach((type, n) -> c.places.merge(type, n, Integer::sum));
                }
            }
        }
        for (Kindcentrum k : atlas.kindcentra()) {
            if (k.history().openOn(edition)) {
                for (Counter c : counters(counters, enclosing, k.area())) {
                    c.kindcentra.add(k);
                    c.interest.merge(k.interest(), 1, Integer::sum);
                    c.housing.merge(k.housing().situation(), 1, Integer::sum);
                }
            }
        }
        Map<String, ToddlerFigure> toddlers = ToddlerFigure.of(atlas.areas());
        byArea = new HashMap<>();
        for (Area a : atlas.areas()) {
            Counter c = counters.get(a.id());
            byArea.put(a.id(), new AreaSummary(a, c.schools, c.schoolsWithPupils, c.pupils, c.childcare,
                    c.locationsByType, c.places, c.vve, toddlers.get(a.id()), c.interest, c.housing, c.kindcentra,
                    List.copyOf(c.pupilSources)));
        }
    }

    public AreaSummary of(String areaId) {
        return byArea.get(areaId);
    }

    private static List<Counter> counters(Map<String, Counter> counters, Map<String, List<String>> enclosing,
            String area) {
        List<Counter> result = new ArrayList<>(2);
        for (String id : enclosing.getOrDefault(area, List.of())) {
            result.add(counters.get(id));
        }
        return result;
    }

    /** Per area: itself and the areas it lies in; a cycle (reported by the validator) ends the walk. */
    private static Map<String, List<String>> enclosing(List<Area> areas) {
        Map<String, String> parents = new HashMap<>();
        for (Area a : areas) {
            parents.put(a.id(), a.parent());
        }
        Map<String, List<String>> result = new HashMap<>();
        for (Area a : areas) {
            Set<String> chain = new LinkedHashSet<>();
            for (String id = a.id(); id != null && parents.containsKey(id) && chain.add(id); id = parents.get(id)) {
                // walk up
            }
            result.put(a.id(), List.copyOf(chain));
        }
        return result;
    }

    private static final class Counter {
        int schools;
        int schoolsWithPupils;
        int pupils;
        int childcare;
        int vve;
        final Map<CareType, Integer> locationsByType = new EnumMap<>(CareType.class);
        final Map<CareType, Integer> places = new EnumMap<>(CareType.class);
        final Map<InterestCategory, Integer> interest = new EnumMap<>(InterestCategory.class);
        final Map<HousingSituation, Integer> housing = new EnumMap<>(HousingSituation.class);
        final List<Kindcentrum> kindcentra = new ArrayList<>();
        final Set<String> pupilSources = new LinkedHashSet<>();
    }
}
