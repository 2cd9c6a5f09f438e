package nl.ikcatlas.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.Geo;
import nl.ikcatlas.map.Outline;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/**
 * A place must lie in or near its own area: within {@link #BOUNDARY_TOLERANCE} metres of the area's
 * boundary when there is one, otherwise not far from the other places of the area.
 */
final class PlacementRules implements Rule {
    /** Coordinates are often approximate: allow this much outside a boundary. */
    static final double BOUNDARY_TOLERANCE = 1000;
    /** Without a boundary: further than this from the middle of the area's places is suspect... */
    static final double MIN_SPREAD = 3000;
    /** ...and further than this many times the usual distance from that middle. */
    static final double SPREAD_FACTOR = 4;

    private record Placed(String name, Coordinates at, String area, Origin origin) {
    }

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        List<Placed> places = new ArrayList<>();
        loaded.atlas().schools().forEach(s -> add(places, s.name(), s.coordinates(), s.area(), s.origin()));
        loaded.atlas().childcareLocations().forEach(c -> add(places, c.name(), c.coordinates(), c.area(),
                c.origin()));
        Map<String, Area> areas = new HashMap<>();
        loaded.atlas().areas().forEach(a -> areas.put(a.id(), a));
        Boundaries boundaries = loaded.boundaries();

        Map<String, List<Placed>> byArea = new HashMap<>();
        for (Placed p : places) {
            byArea.computeIfAbsent(p.area(), k -> new ArrayList<>()).add(p);
        }
        byArea.forEach((areaId, list) -> {
            Area area = areas.get(areaId);
            if (area == null) {
                return; // an unknown area is a reference problem, reported elsewhere
            }
            Outline outline = boundaries.of(areaId).orElse(null);
            if (outline != null) {
                for (Placed p : list) {
                    double outside = outline.distanceOutside(p.at());
                    if (outside > BOUNDARY_TOLERANCE) {
                        problems.add(p.origin().at("coordinates"), Quote.of(p.name()) + " lies " + km(outside)
                                + " outside the boundary of its area " + Quote.of(area.name()),
                                "check the coordinates, and whether 'area' is right");
                    }
                }
            } else if (list.size() >= 3) {
                spread(list, area, problems);
            }
        });
    }

    private static void spread(List<Placed> list, Area area, Problems problems) {
        Coordinates middle = new Coordinates(median(list.stream().map(p -> p.at().lat()).toList()),
                median(list.stream().map(p -> p.at().lon()).toList()));
        List<Double> distances = list.stream().map(p -> Geo.distance(middle, p.at())).toList();
        double usual = median(distances);
        double limit = Math.max(MIN_SPREAD, SPREAD_FACTOR * usual);
        for (int i = 0; i < list.size(); i++) {
            if (distances.get(i) > limit) {
                Placed p = list.get(i);
                problems.add(p.origin().at("coordinates"), Quote.of(p.name()) + " lies " + km(distances.get(i))
                        + " from the middle of the other places in its area " + Quote.of(area.name()),
                        "check the coordinates, and whether 'area' is right");
            }
        }
    }

    private static void add(List<Placed> places, String name, Coordinates at, String area, Origin origin) {
        if (at != null && area != null && CoordinateRules.inside(at.lat(), at.lon())) {
            places.add(new Placed(name, at, area, origin));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String km(double metres) {
        return String.format(Locale.ROOT, "%.1f km", metres / 1000);
    }
}
