package nl.ikcatlas.view.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.map.MapPlace;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.Source;

/**
 * Every school, childcare location and kindcentrum as a place on the map, made once. A kindcentrum
 * has no coordinates of its own: it sits at the middle of the open schools and childcare taking part
 * (of all of them when none is open). A place that is not open on the edition date carries the words
 * that say so; {@code open} leaves it out, since maps show only places a family can go to.
 */
public final class MapPlaces {
    public final List<MapPlace> all;
    /** The places open on the edition date, in the order of {@code all}. */
    public final List<MapPlace> open;
    public final Map<String, MapPlace> schools = new HashMap<>();
    public final Map<String, MapPlace> childcare = new HashMap<>();
    public final Map<String, MapPlace> kindcentra = new HashMap<>();

    public MapPlaces(AtlasIndex index) {
        LocalDate edition = index.atlas().settings().edition();
        PlaceHistories histories = new PlaceHistories(edition);
        OpenPlaces openPlaces = new OpenPlaces(edition);
        List<MapPlace> places = new ArrayList<>();
        for (Kindcentrum k : index.sortedKindcentra()) {
            List<Member> members = new ArrayList<>();
            for (String id : k.schools()) {
                School s = index.school(id);
                if (s != null && s.coordinates() != null) {
                    members.add(new Member(s.coordinates(), s.source(), openPlaces.open(s)));
                }
            }
            for (String id : k.childcare()) {
                ChildcareLocation c = index.childcare(id);
                if (c != null && c.coordinates() != null) {
                    members.add(new Member(c.coordinates(), c.source(), openPlaces.open(c)));
                }
            }
            if (members.stream().anyMatch(Member::open)) {
                members.removeIf(m -> !m.open());
            }
            if (!members.isEmpty()) {
                double lat = 0, lon = 0;
                boolean approximate = illustrative(index, k.source());
                for (Member m : members) {
                    lat += m.at().lat();
                    lon += m.at().lon();
                    approximate |= illustrative(index, m.source());
                }
                MapPlace p = new MapPlace(k.id(), PlaceKind.KINDCENTRUM, k.name(),
                        new Coordinates(lat / members.size(), lon / members.size()), SitePaths.kindcentrum(k.id()),
                        approximate, status(histories, k.history(), PlaceKind.KINDCENTRUM));
                kindcentra.put(k.id(), p);
                places.add(p);
            }
        }
        for (School s : index.sortedSchools()) {
            MapPlace p = new MapPlace(s.id(), PlaceKind.SCHOOL, s.name(), s.coordinates(), SitePaths.school(s.id()),
                    illustrative(index, s.source()), status(histories, s.history(), PlaceKind.SCHOOL));
            schools.put(s.id(), p);
            places.add(p);
        }
        for (ChildcareLocation c : index.sortedChildcare()) {
            MapPlace p = new MapPlace(c.id(), PlaceKind.CHILDCARE, c.name(), c.coordinates(),
                    SitePaths.childcare(c.id()), illustrative(index, c.source()),
                    status(histories, c.history(), PlaceKind.CHILDCARE));
            childcare.put(c.id(), p);
            places.add(p);
        }
        all = List.copyOf(places);
        open = all.stream().filter(MapPlace::open).toList();
    }

    /** A school or childcare location taking part in a kindcentrum. */
    private record Member(Coordinates at, String source, boolean open) {
    }

    /** "gesloten sinds 31 juli 2025", "gaat open op 4 januari 2027"; null while open. */
    private static String status(PlaceHistories histories, History history, PlaceKind kind) {
        String fact = histories.listFact(history, kind);
        return fact == null ? null : Dutch.lowerFirst(fact);
    }

    private static boolean illustrative(AtlasIndex index, String sourceId) {
        Source source = index.source(sourceId);
        return source != null && source.illustrative();
    }
}
