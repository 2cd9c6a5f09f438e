package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.ikcatlas.model.Coordinates;
import org.junit.jupiter.api.Test;

class NearestIndexTest {
    private static final double FAR = Double.POSITIVE_INFINITY;

    private record Spot(String name, Coordinates at) {
    }

    private static Spot spot(String name, double northMetres, double eastMetres) {
        return new Spot(name, new Coordinates(52.0 + Geo.metresToLat(northMetres),
                4.5 + Geo.metresToLon(eastMetres, 52.0)));
    }

    private static List<String> nearest(NearestIndex<Spot> index, Spot from, int max, double radius) {
        return index.nearest(from.at(), max, radius).stream().map(n -> n.item().name()).toList();
    }

    @Test
    void theNearestComeFirstAndTiesKeepTheOrderOfTheList() {
        // a row of twenty places 100 m apart, and "x" at the same point as "d": a tie, "d" is first in the list
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            spots.add(spot(String.valueOf((char) ('a' + i)), 0, 100 * i));
        }
        spots.add(spot("x", 0, 300));
        NearestIndex<Spot> index = new NearestIndex<>(spots, Spot::at);
        Spot from = spot("from", 0, 300);
        assertEquals(List.of("d", "x", "c", "e", "b", "f", "a", "g"), nearest(index, from, 8, FAR));
        assertEquals(List.of("d", "x", "c", "e"), nearest(index, from, 10, 150));
        assertEquals(List.of("d"), nearest(index, from, 1, FAR));
        assertEquals(List.of(), nearest(index, from, 0, FAR));
        // the far end of the row lies in other boxes of the tree: found when it is nearest
        assertEquals(List.of("t", "s", "r"), nearest(index, spot("east", 0, 2500), 3, FAR));
        assertEquals(21, nearest(index, from, 100, FAR).size());
    }

    @Test
    void distancesAreThoseOfGeo() {
        Spot a = spot("a", 700, -200);
        NearestIndex<Spot> index = new NearestIndex<>(List.of(a), Spot::at);
        Spot from = spot("from", 0, 0);
        assertEquals(Geo.distance(from.at(), a.at()), index.nearest(from.at(), 1, FAR).get(0).metres());
    }

    @Test
    void anAreaWithOnePlaceOrNone() {
        NearestIndex<Spot> one = new NearestIndex<>(List.of(spot("only", 5000, 5000)), Spot::at);
        assertEquals(List.of("only"), nearest(one, spot("from", 0, 0), 10, FAR));
        assertEquals(List.of(), nearest(one, spot("from", 0, 0), 10, 1000));
        NearestIndex<Spot> none = new NearestIndex<>(List.of(), Spot::at);
        assertEquals(List.of(), nearest(none, spot("from", 0, 0), 10, FAR));
        assertEquals(0, none.size());
    }

    @Test
    void placesAllAtOnePointKeepTheirOrder() {
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            spots.add(spot("p" + i, 100, 100));
        }
        NearestIndex<Spot> index = new NearestIndex<>(spots, Spot::at);
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4"), nearest(index, spot("from", 0, 0), 5, FAR));
        assertEquals(List.of("p0", "p1", "p2"), nearest(index, spot("here", 100, 100), 3, 0));
    }

    @Test
    void theResultIsTheListStablySortedByDistance() {
        // towns of places, many sharing a building, and queries inside and far outside them
        Random random = new Random(7);
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            double north = random.nextInt(4) * 20_000 + random.nextGaussian() * 1500;
            double east = random.nextInt(3) * 30_000 + random.nextGaussian() * 1500;
            spots.add(random.nextInt(5) == 0 && !spots.isEmpty() ? new Spot("s" + i,
                    spots.get(random.nextInt(spots.size())).at()) : spot("s" + i, north, east));
        }
        NearestIndex<Spot> index = new NearestIndex<>(spots, Spot::at);
        for (int q = 0; q < 300; q++) {
            Spot from = q % 3 == 0 ? spots.get(random.nextInt(spots.size()))
                    : spot("q", random.nextDouble() * 120_000 - 20_000, random.nextDouble() * 120_000 - 20_000);
            double radius = q % 2 == 0 ? FAR : 1000;
            List<String> expected = spots.stream()
                    .filter(s -> Geo.distance(from.at(), s.at()) <= radius)
                    .sorted(Comparator.comparingDouble(s -> Geo.distance(from.at(), s.at())))
                    .limit(16).map(Spot::name).toList();
            assertEquals(expected, nearest(index, from, 16, radius));
        }
    }
}
