package nl.ikcatlas.validate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.load.RecordFolder;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;
import nl.ikcatlas.problem.Suggestions;

/** Every id a record refers to must name a record that exists; area parents must not form a loop. */
final class ReferenceRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        Atlas atlas = loaded.atlas();
        Map<RecordFolder, Set<String>> ids = new EnumMap<>(RecordFolder.class);
        for (RecordRef record : RecordRef.all(atlas)) {
            if (record.id() != null) {
                ids.computeIfAbsent(record.folder(), f -> new HashSet<>()).add(record.id());
            }
        }
        Refs refs = new Refs(loaded, ids, problems);
        for (School s : atlas.schools()) {
            refs.check(RecordFolder.BOARDS, s.board(), s.origin(), "board");
            refs.check(RecordFolder.AREAS, s.area(), s.origin(), "area");
        }
        for (ChildcareLocation c : atlas.childcareLocations()) {
            refs.check(RecordFolder.HOLDERS, c.holder(), c.origin(), "holder");
            refs.check(RecordFolder.AREAS, c.area(), c.origin(), "area");
        }
        for (Kindcentrum k : atlas.kindcentra()) {
            refs.check(RecordFolder.AREAS, k.area(), k.origin(), "area");
            refs.checkAll(RecordFolder.SCHOOLS, k.schools(), k.origin(), "schools");
            refs.checkAll(RecordFolder.CHILDCARE, k.childcare(), k.origin(), "childcare");
        }
        for (Area a : atlas.areas()) {
            refs.check(RecordFolder.AREAS, a.parent(), a.origin(), "parent");
        }
        checkParentLoops(atlas.areas(), problems);
        if (atlas.settings() != null) {
            checkSources(atlas, problems);
        }
    }

    private static void checkSources(Atlas atlas, Problems problems) {
        Set<String> known = new HashSet<>();
        for (int i = 0; i < atlas.settings().sources().size(); i++) {
            String id = atlas.settings().sources().get(i).id();
            if (id != null && !known.add(id)) {
                problems.add(atlas.settings().origin().at("sources[" + i + "].id"),
                        "two sources have the id " + Quote.of(id), "give one of them another id");
            }
        }
        Set<String> names = atlas.settings().sources().stream().map(Source::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (RecordRef record : RecordRef.all(atlas)) {
            checkSource(record.source(), record.origin(), "source", names, problems);
        }
        if (atlas.instrument() != null) {
            checkSource(atlas.instrument().source(), atlas.instrument().origin(), "source", names, problems);
        }
        if (atlas.settings().policy() != null) {
            checkSource(atlas.settings().policy().source(), atlas.settings().origin(), "policy.source", names, problems);
        }
        if (atlas.settings().costs() != null) {
            checkSource(atlas.settings().costs().source(), atlas.settings().origin(), "costs.source", names, problems);
        }
        for (Area a : atlas.areas()) {
            if (a.toddlers() != null) {
                checkSource(a.toddlers().source(), a.origin(), "toddlers.source", names, problems);
            }
        }
        for (School s : atlas.schools()) {
            if (s.pupils() != null) {
                checkSource(s.pupils().source(), s.origin(), "pupils.source", names, problems);
            }
        }
        for (Kindcentrum k : atlas.kindcentra()) {
            for (int i = 0; i < k.assessments().size(); i++) {
                checkSource(k.assessments().get(i).source(), k.origin(), "assessments[" + i + "].source", names, problems);
            }
        }
    }

    private static void checkSource(String source, Origin origin, String path, Set<String> known, Problems problems) {
        if (source != null && !known.contains(source)) {
            problems.add(origin.at(path), "the source " + Quote.of(source) + " is not listed in data/atlas.yaml",
                    hint(source, known, "add it under 'sources' in data/atlas.yaml"));
        }
    }

    private static void checkParentLoops(List<Area> areas, Problems problems) {
        Map<String, String> parents = new HashMap<>();
        areas.forEach(a -> {
            if (a.id() != null && a.parent() != null) {
                parents.put(a.id(), a.parent());
            }
        });
        for (Area area : areas) {
            if (area.id() == null || area.parent() == null) {
                continue;
            }
            Set<String> visited = new HashSet<>();
            String current = area.id();
            while (current != null && visited.add(current)) {
                current = parents.get(current);
            }
            if (area.id().equals(current)) {
                problems.add(area.origin().at("parent"), "the area " + Quote.of(area.id()) + " lies inside itself through its parents",
                        "an area's parent must be a larger area, and the chain of parents must end");
            }
        }
    }

    private static String hint(String typed, Set<String> known, String otherwise) {
        String suggestion = Suggestions.didYouMean(typed, known);
        return suggestion != null ? suggestion : otherwise;
    }

    /** Reference checks for one kind of target, skipping targets whose file could not be read. */
    private record Refs(LoadedAtlas loaded, Map<RecordFolder, Set<String>> ids, Problems problems) {

        void check(RecordFolder target, String id, Origin origin, String path) {
            if (id == null || loaded.isUnreadable(target, id)) {
                return;
            }
            Set<String> known = ids.getOrDefault(target, Set.of());
            if (!known.contains(id)) {
                Position at = origin.at(path);
                problems.add(at, "there is no " + target.noun() + " with the id " + Quote.of(id),
                        hint(id, known, "the " + target.noun() + " records are in data/" + target.folder() + "/"));
            }
        }

        void checkAll(RecordFolder target, List<String> list, Origin origin, String path) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String id = list.get(i);
                check(target, id, origin, path + "[" + i + "]");
                if (!seen.add(id)) {
                    problems.add(origin.at(path + "[" + i + "]"), Quote.of(id) + " is listed twice in " + Quote.of(path),
                            "remove one of the two");
                }
            }
        }
    }
}
