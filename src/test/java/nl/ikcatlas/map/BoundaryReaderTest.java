package nl.ikcatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outlines in the other forms CBS and PDOK publish: MultiPolygon, and RD New with its crs. */
class BoundaryReaderTest {
    @TempDir
    Path dir;

    private Outline read(String json, Problems problems) throws IOException {
        Path file = dir.resolve("gebied.geojson");
        Files.writeString(file, json);
        return new BoundaryReader().read(file, "data/boundaries/gebied.geojson", problems);
    }

    @Test
    void multiPolygonKeepsEveryPart() throws IOException {
        Problems problems = new Problems();
        Outline outline = read("""
                {"type": "Feature", "properties": {"statcode": "WK162101"}, "geometry": {"type": "MultiPolygon",
                 "coordinates": [
                   [[[4.40, 52.00], [4.42, 52.00], [4.42, 52.02], [4.40, 52.02], [4.40, 52.00]]],
                   [[[4.50, 52.00], [4.52, 52.00], [4.52, 52.02], [4.50, 52.02], [4.50, 52.00]]]]}}
                """, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(2, outline.rings().size());
        assertTrue(outline.contains(new Coordinates(52.01, 4.41)));
        assertTrue(outline.contains(new Coordinates(52.01, 4.51)));
        assertFalse(outline.contains(new Coordinates(52.01, 4.46)));
    }

    @Test
    void rdNewCoordinatesAreConvertedWhenTheCrsSaysSo() throws IOException {
        Problems problems = new Problems();
        // a square of 2 km around Amersfoort's origin of RD (155000, 463000) = 52.15517, 5.38721
        Outline outline = read("""
                {"type": "Polygon",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
                 "coordinates": [[[154000, 462000], [156000, 462000], [156000, 464000], [154000, 464000],
                                  [154000, 462000]]]}
                """, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(outline.contains(new Coordinates(52.15517, 5.38721)));
        assertFalse(outline.contains(new Coordinates(52.20, 5.38721)));
        // 2 km is about 0.018 degrees of latitude and 0.029 of longitude here
        GeoBounds bounds = outline.bounds();
        assertEquals(0.018, bounds.north() - bounds.south(), 0.001);
        assertEquals(0.029, bounds.east() - bounds.west(), 0.001);
    }
}
