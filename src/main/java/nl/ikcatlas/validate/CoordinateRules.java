package nl.ikcatlas.validate;

import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;

/** Places must lie in the Netherlands (European part). */
public final class CoordinateRules implements Rule {
    static final double MIN_LAT = 50.75;
    static final double MAX_LAT = 53.56;
    static final double MIN_LON = 3.35;
    static final double MAX_LON = 7.23;
    /** The hint for a point that lies elsewhere. */
    public static final String RANGE = "in the Netherlands lat is between " + MIN_LAT + " and " + MAX_LAT
            + ", lon between " + MIN_LON + " and " + MAX_LON;

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
                : RANGE;
        problems.add(origin.at("coordinates"), "the coordinates " + point.lat() + ", " + point.lon()
                + " lie outside the Netherlands", hint);
    }

    /** Whether the point lies in the Netherlands (European part). */
    public static boolean inside(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }
}
