package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.model.Source;

/**
 * Every lookup and grouping the pages need, built once in linear time so that building one page
 * never scans all records. All lists are sorted by name; groups keep that order. Read-only: every
 * list and map it hands out is unmodifiable.
 */
public final class AtlasIndex {
    private final Atlas atlas;
    private final Map<String, Source> sources;
    private final Map<String, Area> areas;
    private final Map<String, SchoolBoard> boards;
    private final Map<String, School> schools;
    private final Map<String, ChildcareHolder> holders;
    private final Map<String, ChildcareLocation> childcare;
    private final Map<String, Kindcentrum> kindcentra;

    private final List<Area> sortedAreas;
    private final List<SchoolBoard> sortedBoards;
    private final List<School> sortedSchools;
    private final List<ChildcareHolder> sortedHolders;
    private final List<ChildcareLocation> sortedChildcare;
    private final List<Kindcentrum> sortedKindcentra;

    private final Map<String, List<Area>> childAreas;
    /** Per area, the outermost area it lies in (itself for a kern): lists group places by it. */
    private final Map<String, String> topAreas;
    private final Map<String, List<School>> schoolsByBoard;
    private final Map<String, List<ChildcareLocation>> childcareByHolder;
    /** Places in an area or in any area inside it: a kern's page lists its wijken's places too. */
    private final Map<String, List<School>> schoolsWithin;
    private final Map<String, List<ChildcareLocation>> childcareWithin;
    private final Map<String, List<Kindcentrum>> kindcentraWithin;
    private final Map<String, List<Kindcentrum>> kindcentraBySchool;
    private final Map<String, List<Kindcentrum>> kindcentraByChildcare;

    public AtlasIndex(Atlas atlas, NameOrder order) {
        this.atlas = atlas;
        sources = byId(atlas.settings().sources(), Source::id);
        areas = byId(atlas.areas(), Area::id);
        boards = byId(atlas.boards(), SchoolBoard::id);
        schools = byId(atlas.schools(), School::id);
        holders = byId(atlas.holders(), ChildcareHolder::id);
        childcare = byId(atlas.childcareLocations(), ChildcareLocation::id);
        kindcentra = byId(atlas.kindcentra(), Kindcentrum::id);

        sortedAreas = Collections.unmodifiableList(order.sort(atlas.areas(), Area::name));
        sortedBoards = Collections.unmodifiableList(order.sort(atlas.boards(), Names::board));
        sortedSchools = Collections.unmodifiableList(order.sort(atlas.schools(), School::name));
        sortedHolders = Collections.unmodifiableList(order.sort(atlas.holders(), ChildcareHolder::name));
        sortedChildcare = Collections.unmodifiableList(order.sort(atlas.childcareLocations(), ChildcareLocation::name));
        sortedKindcentra = Collections.unmodifiableList(order.sort(atlas.kindcentra(), Kindcentrum::name));

        Map<String, List<String>> enclosing = enclosingAreas(atlas.areas());
        topAreas = new HashMap<>();
        for (Map.Entry<String, List<String>> e : enclosing.entrySet()) {
            topAreas.put(e.getKey(), e.getValue().get(e.getValue().size() - 1));
        }
        childAreas = new HashMap<>();
        for (Area area : sortedAreas) {
            if (area.parent() != null) {
                add(childAreas, area.parent(), area);
            }
        }
        schoolsByBoard = new HashMap<>();
        schoolsWithin = new HashMap<>();
        for (School school : sortedSchools) {
            add(schoolsByBoard, school.board(), school);
            addToAreas(schoolsWithin, enclosing, school.area(), school);
        }
        childcareByHolder = new HashMap<>();
        childcareWithin = new HashMap<>();
        for (ChildcareLocation location : sortedChildcare) {
            add(childcareByHolder, location.holder(), location);
            addToAreas(childcareWithin, enclosing, location.area(), location);
        }
        kindcentraWithin = new HashMap<>();
        kindcentraBySchool = new HashMap<>();
        kindcentraByChildcare = new HashMap<>();
        for (Kindcentrum kc : sortedKindcentra) {
            addToAreas(kindcentraWithin, enclosing, kc.area(), kc);
            for (String school : new LinkedHashSet<>(kc.schools())) {
                add(kindcentraBySchool, school, kc);
            }
            for (String location : new LinkedHashSet<>(kc.childcare())) {
                add(kindcentraByChildcare, location, kc);
            }
        }
    }

    public Atlas atlas() {
        return atlas;
    }

    /** The sources by id. */
    public Map<String, Source> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /** The record with this id, or null when there is none. */
    public Source source(String id) {
        return sources.get(id);
    }

    public Area area(String id) {
        return areas.get(id);
    }

    public SchoolBoard board(String id) {
        return boards.get(id);
    }

    public School school(String id) {
        return schools.get(id);
    }

    public ChildcareHolder holder(String id) {
        return holders.get(id);
    }

    public ChildcareLocation childcare(String id) {
        return childcare.get(id);
    }

    public Kindcentrum kindcentrum(String id) {
        return kindcentra.get(id);
    }

    public List<Area> sortedAreas() {
        return sortedAreas;
    }

    public List<SchoolBoard> sortedBoards() {
        return sortedBoards;
    }

    public List<School> sortedSchools() {
        return sortedSchools;
    }

    public List<ChildcareHolder> sortedHolders() {
        return sortedHolders;
    }

    public List<ChildcareLocation> sortedChildcare() {
        return sortedChildcare;
    }

    public List<Kindcentrum> sortedKindcentra() {
        return sortedKindcentra;
    }

    /** The outermost area {@code area} lies in: itself for a kern or an unknown area. */
    public String topArea(String area) {
        return topAreas.getOrDefault(area, area);
    }

    public List<Area> childAreas(String area) {
        return of(childAreas, area);
    }

    public List<School> schoolsByBoard(String board) {
        return of(schoolsByBoard, board);
    }

    public List<ChildcareLocation> childcareByHolder(String holder) {
        return of(childcareByHolder, holder);
    }

    /** The schools in {@code area} or in any area inside it. */
    public List<School> schoolsWithin(String area) {
        return of(schoolsWithin, area);
    }

    public List<ChildcareLocation> childcareWithin(String area) {
        return of(childcareWithin, area);
    }

    public List<Kindcentrum> kindcentraWithin(String area) {
        return of(kindcentraWithin, area);
    }

    public List<Kindcentrum> kindcentraBySchool(String school) {
        return of(kindcentraBySchool, school);
    }

    public List<Kindcentrum> kindcentraByChildcare(String location) {
        return of(kindcentraByChildcare, location);
    }

    private static <T> List<T> of(Map<String, List<T>> groups, String key) {
        List<T> group = groups.get(key);
        return group == null ? List.of() : Collections.unmodifiableList(group);
    }

    /** Per area: itself and every area it lies in, nearest first; a cycle (not validated here) stops the walk. */
    private static Map<String, List<String>> enclosingAreas(List<Area> areas) {
        Map<String, String> parents = new HashMap<>();
        for (Area area : areas) {
            parents.put(area.id(), area.parent());
        }
        Map<String, List<String>> result = new HashMap<>();
        for (Area area : areas) {
            Set<String> chain = new LinkedHashSet<>();
            for (String id = area.id(); id != null && chain.add(id); id = parents.get(id)) {
                // walk up
            }
            result.put(area.id(), List.copyOf(chain));
        }
        return result;
    }

    private static <T> void addToAreas(Map<String, List<T>> groups, Map<String, List<String>> enclosing,
            String area, T item) {
        for (String id : enclosing.getOrDefault(area, List.of(area))) {
            add(groups, id, item);
        }
    }

    private static <T> void add(Map<String, List<T>> groups, String key, T item) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }
}
