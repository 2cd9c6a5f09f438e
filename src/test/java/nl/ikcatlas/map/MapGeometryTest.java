package nl.ikcatlas.map;

import nl.ikcatlas.model.PlaceKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ikcatlas.model.Coordinates;
import org.junit.jupiter.api.Test;

class MapGeometryTest {

    @Test
    void rdNewOriginIsAmersfoort() {
        Coordinates c = RdNew.toWgs84(155_000, 463_000);
        assertEquals(52.15517440, c.lat(), 1e-9);
        assertEquals(5.38720621, c.lon(), 1e-9);
    }

    @Test
    void rdNewMatchesPublishedPointsWithinAFewMetres() {
        // Westertoren, Amsterdam and Martinitoren, Groningen (RDNAPTRANS test points)
        Coordinates westertoren = RdNew.toWgs84(120_700.723, 487_525.501);
        assertTrue(Geo.distance(westertoren, new Coordinates(52.37453253, 4.88352559)) < 3, westertoren.toString());
        Coordinates martinitoren = RdNew.toWgs84(233_883.131, 582_065.167);
        assertTrue(Geo.distance(martinitoren, new Coordinates(53.21938317, 6.56820053)) < 3, martinitoren.toString());
    }

    @Test
    void boundsFitTheFrameWithTheMarginAndNorthUp() {
        GeoBounds bounds = new GeoBounds(52.0, 4.4, 52.05, 4.6);
        MapFrame frame = new MapFrame(bounds, 640, 440, 20);
        // the wider side touches the margins; the other is centred
        assertEquals(20, frame.x(4.4), 1e-9);
        assertEquals(620, frame.x(4.6), 1e-9);
        double top = frame.y(52.05);
        double bottom = frame.y(52.0);
        assertTrue(top < bottom, "north is up");
        assertEquals(220, (top + bottom) / 2, 1e-6);
        assertTrue(top >= 20 && bottom <= 420);
        // the centre of the bounds lands in the centre of the picture (Mercator: latitude not linear)
        assertEquals(320, frame.x(4.5), 1e-9);
        assertEquals(220, frame.y(Math.toDegrees(Math.atan(Math.sinh(
                (Geo.mercatorY(52.0) + Geo.mercatorY(52.05)) / 2)))), 1e-6);
    }

    @Test
    void metresPerUnitMatchesGroundDistance() {
        MapFrame frame = new MapFrame(new GeoBounds(52.0, 4.4, 52.05, 4.6), 640, 440, 20);
        double metres = Geo.distance(52.025, 4.4, 52.025, 4.6);
        assertEquals(metres / 600, frame.metresPerUnit(), metres / 600 * 0.002);
    }

    @Test
    void scaleBarIsARoundLengthOfAtMostAQuarterOfTheWidth() {
        MapFrame frame = new MapFrame(new GeoBounds(52.0, 4.4, 52.05, 4.6), 640, 440, 20);
        MapView.ScaleBar bar = MapBuilder.scaleBar(frame);
        assertEquals("2,5 km", bar.label());
        assertEquals("16", bar.x());
        assertEquals("424", bar.y());
        assertEquals(MapBuilder.num(2500 / frame.metresPerUnit()), bar.width());
    }

    @Test
    void distancesInPlainDutch() {
        assertEquals("350 m", Geo.words(347));
        assertEquals("40 m", Geo.words(38));
        assertEquals("1,2 km", Geo.words(1234));
        assertEquals("2 km", Geo.words(2000));
        assertEquals("12 km", Geo.words(12_345));
        assertEquals("1,1 km", Geo.words(1_050));
        assertEquals("9,9 km", Geo.words(9_940));
        assertEquals("10 km", Geo.words(9_960));
        assertEquals("1 km", Geo.words(999));
    }

    @Test
    void paddedHullContainsEveryPlaceWithRoomAroundIt() {
        List<Coordinates> places = List.of(new Coordinates(52.0, 4.5), new Coordinates(52.01, 4.52),
                new Coordinates(52.02, 4.49), new Coordinates(52.005, 4.505));
        Outline hull = Hull.padded(places, 250);
        for (Coordinates p : places) {
            assertTrue(hull.contains(p), p.toString());
        }
        assertTrue(hull.contains(new Coordinates(52.0 - Geo.metresToLat(200), 4.5)));
        assertTrue(!hull.contains(new Coordinates(52.0 - Geo.metresToLat(300), 4.5)));
        assertEquals(0, hull.distanceOutside(places.get(0)));
        assertEquals(750, hull.distanceOutside(new Coordinates(52.0 - Geo.metresToLat(1000), 4.5)), 10);
    }

    @Test
    void aSinglePlaceGivesACircle() {
        Outline hull = Hull.padded(List.of(new Coordinates(52.0, 4.5)), 250);
        assertEquals(17, hull.rings().get(0).size());
        assertTrue(hull.contains(new Coordinates(52.0, 4.5)));
    }

    @Test
    void neighboursAreFoundNearestFirstWithinTheRadius() {
        List<MapPlace> places = List.of(place("a", 52.0, 4.5), place("b", 52.0, 4.5 + Geo.metresToLon(300, 52)),
                place("c", 52.0 + Geo.metresToLat(900), 4.5), place("d", 52.0 + Geo.metresToLat(1500), 4.5));
        NearestIndex<MapPlace> index = new NearestIndex<>(places, MapPlace::at);
        List<String> near = index.nearest(new Coordinates(52.0, 4.5), 10, 1000).stream()
                .map(n -> n.item().id()).toList();
        assertEquals(List.of("a", "b", "c"), near);
        assertEquals(List.of("a", "b"), index.nearest(new Coordinates(52.0, 4.5), 2, 1000).stream()
                .map(n -> n.item().id()).toList());
    }

    @Test
    void svgNumbersHaveOneDecimalAtMost() {
        assertEquals(List.of("0", "12.3", "12", "0", "-0.1", "1.3", "-640"), java.util.stream.DoubleStream
                .of(0, 12.34, 12.0, -0.04, -0.06, 1.25, -640).mapToObj(MapBuilder::num).toList());
    }

    @Test
    void simplifyingKeepsCornersAndDropsPointsOnStraightLines() {
        List<Coordinates> ring = List.of(new Coordinates(52.0, 4.5), new Coordinates(52.0, 4.51),
                new Coordinates(52.0, 4.52), new Coordinates(52.01, 4.52), new Coordinates(52.01, 4.5),
                new Coordinates(52.0, 4.5));
        Outline simple = new Outline(List.of(ring)).simplified(5);
        assertEquals(List.of(ring.get(0), ring.get(2), ring.get(3), ring.get(4), ring.get(5)),
                simple.rings().get(0));
    }

    private static MapPlace place(String id, double lat, double lon) {
        return new MapPlace(id, PlaceKind.SCHOOL, id, new Coordinates(lat, lon), "scholen/" + id + ".html", false);
    }
}
