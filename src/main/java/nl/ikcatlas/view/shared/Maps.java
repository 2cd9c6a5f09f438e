package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import nl.ikcatlas.map.AreaCount;
import nl.ikcatlas.map.AreaShape;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.Hull;
import nl.ikcatlas.map.Geo;
import nl.ikcatlas.map.MapBuilder;
import nl.ikcatlas.map.MapPlace;
import nl.ikcatlas.map.MapRequest;
import nl.ikcatlas.map.MapView;
import nl.ikcatlas.map.NearestIndex;
import nl.ikcatlas.map.Outline;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.map.OverviewRequest;
import nl.ikcatlas.map.PlaceCounts;
import nl.ikcatlas.map.Tiles;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;

/**
 * The maps of the home, area and place pages. Neighbours come from a grid built once, and derived
 * outlines are made once per area, so a page's map costs the same however large the atlas is.
 * Maps show the places open on the edition date; a place that is not open appears only on the map
 * of its own page, marked as such. A home or area map with more places than {@code maxPlaces} shows
 * its areas with their counts instead (see {@link OverviewBuilder}).
 */
public final class Maps {
    /** Neighbours within this distance appear on a place's map. */
    public static final double NEAR_METRES = 1000;
    public static final int MAX_NEIGHBOURS = 15;
    /** Padding around the places of an area that has no boundary file. */
    public static final double HULL_PADDING = 250;
    /** Above this many markers the interactive map clusters them. */
    public static final int CLUSTER_FROM = 30;

    private final AtlasIndex index;
    private final Boundaries boundaries;
    private final MapBuilder builder;
    private final OverviewBuilder overview;
    private final int maxPlaces;
    private final MapPlaces places;
    /** The open places by name, so neighbours at the same distance are listed by name. */
    private final NearestIndex<MapPlace> neighbours;
    /** Outlines made so far; pages are made on several threads at once. */
    private final Map<String, AreaShape> shapes = new ConcurrentHashMap<>();

    public Maps(AtlasIndex index, Boundaries boundaries, Tiles tiles, int maxPlaces) {
        this.index = index;
        this.boundaries = boundaries;
        this.builder = new MapBuilder(tiles);
        this.overview = new OverviewBuilder(tiles);
        this.maxPlaces = maxPlaces;
        this.places = new MapPlaces(index);
        this.neighbours = new NearestIndex<>(
                places.open.stream().sorted(Comparator.comparing(MapPlace::name)).toList(), MapPlace::at);
    }

    /** Every place with its map position, built once for the maps and the geodata. */
    public MapPlaces places() {
        return places;
    }

    /** The whole atlas, with the outlines of the top-level areas; null when there is nothing to show. */
    public MapView home(String title) {
        List<AreaShape> areas = new ArrayList<>();
        for (Area a : index.sortedAreas()) {
            if (a.parent() == null) {
                Outline outline = outline(a);
                if (outline != null) {
                    areas.add(new AreaShape(a.name(), outline, isDerived(a), false, true, true));
                }
            }
        }
        if (places.open.isEmpty() && areas.isEmpty()) {
            return null;
        }
        if (places.open.size() > maxPlaces) {
            List<AreaCount> counts = new ArrayList<>();
            for (Area a : index.sortedAreas()) {
                if (a.parent() == null) {
                    addCount(counts, a.name(), a, openWithin(a));
                }
            }
            return overview.build(new OverviewRequest(title, "", areas, counts, count(places.open)));
        }
        return builder.build(new MapRequest(title, "", places.open, null, null, areas,
                places.open.size() > CLUSTER_FROM));
    }

    /** An area with everything in it and the outlines of the areas inside it. */
    public MapView area(Area a, String root) {
        List<MapPlace> shown = openWithin(a);
        List<AreaShape> areas = new ArrayList<>();
        Outline own = outline(a);
        if (own == null) {
            return null;
        }
        areas.add(new AreaShape(a.name(), own, isDerived(a), true, true, false));
        for (Area child : index.childAreas(a.id())) {
            Outline outline = outline(child);
            if (outline != null) {
                areas.add(new AreaShape(child.name(), outline, isDerived(child), false, false, true));
            }
        }
        if (shown.size() > maxPlaces) {
            return areaOverview(a, root, shown, areas);
        }
        return builder.build(new MapRequest("Kaart van " + a.name(), root, shown, null, null, areas,
                shown.size() > CLUSTER_FROM));
    }

    /**
     * An area with too many places: its areas with their counts, and the places in none of them as one
     * more entry, linking to this page.
     */
    private MapView areaOverview(Area a, String root, List<MapPlace> shown, List<AreaShape> areas) {
        List<AreaCount> counts = new ArrayList<>();
        Set<MapPlace> elsewhere = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Area> children = index.childAreas(a.id());
        for (Area child : children) {
            List<MapPlace> within = openWithin(child);
            elsewhere.addAll(within);
            addCount(counts, child.name(), child, within);
        }
        List<MapPlace> rest = shown.stream().filter(p -> !elsewhere.contains(p)).toList();
        if (!rest.isEmpty()) {
            String name = children.isEmpty() ? a.name() : "Andere plekken in " + a.name();
            counts.add(new AreaCount(name, SitePaths.area(a.id()), middle(rest), count(rest)));
        }
        List<AreaShape> plain = areas.stream()
                .map(s -> new AreaShape(s.name(), s.outline(), s.derived(), s.current(), s.fit(), false)).toList();
        return overview.build(new OverviewRequest("Kaart van " + a.name(), root, plain, counts, count(shown)));
    }

    /** An area on an overview map, when it has open places: at the middle of its outline, if that lies inside it. */
    private void addCount(List<AreaCount> counts, String name, Area a, List<MapPlace> within) {
        if (within.isEmpty()) {
            return;
        }
        Outline outline = outline(a);
        Coordinates at = outline == null ? null : outline.bounds().centre();
        if (at == null || !outline.contains(at)) {
            at = middle(within);
        }
        counts.add(new AreaCount(name, SitePaths.area(a.id()), at, count(within)));
    }

    /** The open places in an area or in any area inside it. */
    private List<MapPlace> openWithin(Area a) {
        List<MapPlace> within = new ArrayList<>();
        index.kindcentraWithin(a.id()).forEach(k -> addIfOpen(within, places.kindcentra.get(k.id())));
        index.schoolsWithin(a.id()).forEach(s -> addIfOpen(within, places.schools.get(s.id())));
        index.childcareWithin(a.id()).forEach(c -> addIfOpen(within, places.childcare.get(c.id())));
        return within;
    }

    private static PlaceCounts count(List<MapPlace> list) {
        int kindcentra = 0, schools = 0, childcare = 0;
        for (MapPlace p : list) {
            switch (p.kind()) {
                case KINDCENTRUM -> kindcentra++;
                case SCHOOL -> schools++;
                case CHILDCARE -> childcare++;
            }
        }
        return new PlaceCounts(kindcentra, schools, childcare);
    }

    private static Coordinates middle(List<MapPlace> list) {
        double lat = 0, lon = 0;
        for (MapPlace p : list) {
            lat += p.at().lat();
            lon += p.at().lon();
        }
        return new Coordinates(lat / list.size(), lon / list.size());
    }

    public MapView school(School s, String root) {
        return around(places.schools.get(s.id()), List.of(), s.area(), root);
    }

    public MapView childcare(ChildcareLocation c, String root) {
        return around(places.childcare.get(c.id()), List.of(), c.area(), root);
    }

    /** A kindcentrum with its own schools and childcare, wherever they are, and its neighbours. */
    public MapView kindcentrum(Kindcentrum k, String root) {
        MapPlace self = places.kindcentra.get(k.id());
        if (self == null) {
            return null;
        }
        List<MapPlace> members = new ArrayList<>();
        k.schools().forEach(id -> addIfOpen(members, places.schools.get(id)));
        k.childcare().forEach(id -> addIfOpen(members, places.childcare.get(id)));
        return around(self, members, k.area(), root);
    }

    private MapView around(MapPlace self, List<MapPlace> members, String areaId, String root) {
        List<MapPlace> ordered = new ArrayList<>();
        ordered.add(self);
        members.forEach(m -> addNew(ordered, m));
        for (NearestIndex.Near<MapPlace> near : neighbours.nearest(self.at(), MAX_NEIGHBOURS + 1, NEAR_METRES)) {
            if (ordered.size() > MAX_NEIGHBOURS + members.size()) {
                break;
            }
            addNew(ordered, near.item());
        }
        List<MapPlace> rest = ordered.subList(1, ordered.size());
        rest.sort(Comparator.comparingDouble(p -> Geo.distance(self.at(), p.at())));
        List<AreaShape> areas = new ArrayList<>();
        Area area = index.area(areaId);
        Outline outline = area == null ? null : outline(area);
        if (outline != null) {
            areas.add(new AreaShape(area.name(), outline, isDerived(area), true, false, false));
        }
        return builder.build(new MapRequest("Kaart van " + self.name() + " en de plekken in de buurt", root,
                ordered, self.id(), self.at(), areas, false));
    }

    /** Adds {@code p} unless the list has it already (a few places: a scan is cheaper than a set). */
    private static void addNew(List<MapPlace> list, MapPlace p) {
        for (MapPlace q : list) {
            if (q.kind() == p.kind() && q.id().equals(p.id())) {
                return;
            }
        }
        list.add(p);
    }

    private static void addIfOpen(List<MapPlace> list, MapPlace p) {
        if (p != null && p.open()) {
            list.add(p);
        }
    }

    private boolean isDerived(Area a) {
        return boundaries.of(a.id()).isEmpty();
    }

    /** The boundary from the data, or a padded hull around the area's places; null when it has neither. */
    private Outline outline(Area a) {
        AreaShape cached = shapes.get(a.id());
        if (cached != null) {
            return cached.outline();
        }
        Outline outline = boundaries.of(a.id()).orElse(null);
        if (outline == null) {
            List<nl.ikcatlas.model.Coordinates> points = new ArrayList<>();
            index.schoolsWithin(a.id()).forEach(s -> points.add(s.coordinates()));
            index.childcareWithin(a.id()).forEach(c -> points.add(c.coordinates()));
            if (points.isEmpty()) {
                return null;
            }
            outline = Hull.padded(points, HULL_PADDING);
        }
        shapes.put(a.id(), new AreaShape(a.name(), outline, isDerived(a), false, false, false));
        return outline;
    }
}
