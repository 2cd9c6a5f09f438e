package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.map.MapPlace;
import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.Source;

/**
 * Every school, childcare location and kindcentrum as a place on the map, made once. A kindcentrum
 * has no coordinates of its own: it sits at the middle of the schools and childcare taking part.
 */
final class MapPlaces {
    final List<MapPlace> all;
    final Map<String, MapPlace> schools = new HashMap<>();
    final Map<String, MapPlace> childcare = new HashMap<>();
    final Map<String, MapPlace> kindcentra = new HashMap<>();

    MapPlaces(AtlasIndex index) {
        List<MapPlace> places = new ArrayList<>();
        for (Kindcentrum k : index.sortedKindcentra) {
            double lat = 0, lon = 0;
            int n = 0;
            boolean approximate = illustrative(index, k.source());
            for (String id : k.schools()) {
                School s = index.schools.get(id);
                if (s != null && s.coordinates() != null) {
                    lat += s.coordinates().lat();
                    lon += s.coordinates().lon();
                    n++;
                    approximate |= illustrative(index, s.source());
                }
            }
            for (String id : k.childcare()) {
                ChildcareLocation c = index.childcare.get(id);
                if (c != null && c.coordinates() != null) {
                    lat += c.coordinates().lat();
                    lon += c.coordinates().lon();
                    n++;
                    approximate |= illustrative(index, c.source());
                }
            }
            if (n > 0) {
                MapPlace p = new MapPlace(k.id(), PlaceKind.KINDCENTRUM, k.name(), new Coordinates(lat / n, lon / n),
                        SitePaths.kindcentrum(k.id()), approximate);
                kindcentra.put(k.id(), p);
                places.add(p);
            }
        }
        for (School s : index.sortedSchools) {
            MapPlace p = new MapPlace(s.id(), PlaceKind.SCHOOL, s.name(), s.coordinates(), SitePaths.school(s.id()),
                    illustrative(index, s.source()));
            schools.put(s.id(), p);
            places.add(p);
        }
        for (ChildcareLocation c : index.sortedChildcare) {
            MapPlace p = new MapPlace(c.id(), PlaceKind.CHILDCARE, c.name(), c.coordinates(),
                    SitePaths.childcare(c.id()), illustrative(index, c.source()));
            childcare.put(c.id(), p);
            places.add(p);
        }
        all = List.copyOf(places);
    }

    private static boolean illustrative(AtlasIndex index, String sourceId) {
        Source source = index.source(sourceId);
        return source != null && source.illustrative();
    }
}
