package nl.ikcatlas.validate;

import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Places must lie in the Netherlands (European part). */
final class CoordinateRules implements Rule {
    static final double MIN_LAT = Coordinates.MIN_LAT;
    static final double MAX_LAT = Coordinates.MAX_LAT;
    static final double MIN_LON = Coordinates.MIN_LON;
    static final double MAX_LON = Coordinates.MAX_LON;

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        loaded.atlas().schools().forEach(s -> check(s.coordinates(), s.origin(), problems));
        loaded.atlas().childcareLocations().forEach(c -> check(c.coordinates(), c.origin(), problems));
    }

    private static void check(Coordinates point, Origin origin, Problems problems) {
        if (point == null || inside(point.lat(), point.lon())) {
            return;
        }
        String hint = inside(point.lon(), point.lat())
                ? "lat and lon seem swapped: lat is about 51 to 53, lon about 3 to 7"
                : "in the Netherlands lat is between " + MIN_LAT + " and " + MAX_LAT + ", lon between " + MIN_LON
                        + " and " + MAX_LON;
        problems.add(origin.at("coordinates"), "the coordinates " + point.lat() + ", " + point.lon()
                + " lie outside the Netherlands", hint);
    }

    static boolean inside(double lat, double lon) {
        return Coordinates.inNetherlands(lat, lon);
    }
}
