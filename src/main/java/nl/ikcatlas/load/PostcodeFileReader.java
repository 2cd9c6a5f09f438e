package nl.ikcatlas.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.PostcodePoint;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/**
 * Reads the optional {@code data/postcodes.csv}: the middle of postcode areas, for the search page's
 * "near me". After its header {@code postcode,lat,lon} every line is a postcode (4 digits, or 4 digits and
 * 2 letters, with or without the space, any case) and its latitude and longitude in WGS84 degrees; lines
 * starting with {@code #} (the source and date) and empty lines are skipped. Every line's problems are
 * reported at their line and column.
 */
public final class PostcodeFileReader {
    public static final String FILE = "postcodes.csv";
    public static final String HEADER = "postcode,lat,lon";
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}( ?[A-Za-z]{2})?");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]+)?");

    /** The points of {@code data/postcodes.csv} under {@code atlasDir}; none when there is no such file. */
    public List<PostcodePoint> read(Path atlasDir, OutsideLinks outside, Problems problems) {
        Path file = atlasDir.resolve("data").resolve(FILE);
        if (!Files.isRegularFile(file) || outside.leadsOutside(file)) {
            return List.of();
        }
        String name = AtlasLoader.relative(atlasDir, file);
        try {
            String text = Utf8Text.decode(name, Files.readAllBytes(file), problems);
            return text == null ? List.of() : read(name, text, problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return List.of();
        }
    }

    /** The points in {@code text}, the file {@code name}. */
    public List<PostcodePoint> read(String name, String text, Problems problems) {
        List<PostcodePoint> points = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean header = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add(new Position(name, number, 1), "the first line must be the header " + Quote.of(HEADER),
                            "then one postcode a line, such as 2661,52.0410,4.5530; see the README, Search and near me");
                    return List.of();
                }
                continue;
            }
            PostcodePoint point = point(name, number, lines[i], problems);
            if (point == null) {
                continue;
            }
            Integer before = seen.putIfAbsent(point.postcode(), number);
            if (before != null) {
                problems.add(new Position(name, number, 1), "the postcode " + point.postcode() + " is on line " + before
                        + " already", "keep one line per postcode");
            } else {
                points.add(point);
            }
        }
        return List.copyOf(points);
    }

    private static PostcodePoint point(String name, int number, String line, Problems problems) {
        String[] values = line.split(",", -1);
        if (values.length != 3) {
            problems.add(new Position(name, number, 1), "expected 3 values (postcode,lat,lon), found " + values.length,
                    "separate them with commas and write decimals with a point: 2661,52.0410,4.5530");
            return null;
        }
        int[] columns = {1, values[0].length() + 2, values[0].length() + values[1].length() + 3};
        String postcode = values[0].strip();
        boolean fine = true;
        if (!POSTCODE.matcher(postcode).matches()) {
            problems.add(new Position(name, number, columns[0]), Quote.of(postcode) + " is not a postcode",
                    "write 4 digits (2661) or 4 digits and 2 letters (2661 AB)");
            fine = false;
        }
        Double lat = degrees(values[1], "latitude", name, number, columns[1], problems);
        Double lon = degrees(values[2], "longitude", name, number, columns[2], problems);
        if (lat == null || lon == null || !fine) {
            return null;
        }
        if (!Coordinates.inNetherlands(lat, lon)) {
            problems.add(new Position(name, number, columns[1]), "the point " + values[1].strip() + ", "
                    + values[2].strip() + " lies outside the Netherlands", Coordinates.inNetherlands(lon, lat)
                    ? "lat and lon seem swapped: lat is about 51 to 53, lon about 3 to 7"
                    : "in the Netherlands lat is between " + Coordinates.MIN_LAT + " and " + Coordinates.MAX_LAT
                            + ", lon between " + Coordinates.MIN_LON + " and " + Coordinates.MAX_LON);
            return null;
        }
        return new PostcodePoint(postcode.replace(" ", "").toUpperCase(Locale.ROOT), new Coordinates(lat, lon));
    }

    private static Double degrees(String value, String what, String name, int line, int column, Problems problems) {
        if (DECIMAL.matcher(value.strip()).matches()) {
            return Double.parseDouble(value.strip());
        }
        problems.add(new Position(name, line, column), Quote.of(value.strip()) + " is not a " + what,
                "write degrees with a decimal point, such as 52.0410");
        return null;
    }
}
