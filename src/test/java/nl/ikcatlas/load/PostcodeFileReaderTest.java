package nl.ikcatlas.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.PostcodePoint;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostcodeFileReaderTest {
    private static final String FILE = "data/postcodes.csv";

    private final Problems problems = new Problems();

    private List<PostcodePoint> read(String text) {
        return new PostcodeFileReader().read(FILE, text, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(p -> p.position() + ": " + p.message() + " (" + p.hint() + ")").toList();
    }

    @Test
    void readsFourDigitAndSixCharacterPostcodesInAnyCaseWithOrWithoutTheSpace() {
        List<PostcodePoint> points = read("""
                # Bron: CBS Postcode4 2024 (PDOK), middelpunt van elk gebied
                postcode,lat,lon
                2661,52.0410,4.5530

                2662 ad,51.9781,4.4953
                2665ES,52.0146,4.5418
                """);
        assertEquals(List.of(), messages());
        assertEquals(List.of(new PostcodePoint("2661", new Coordinates(52.041, 4.553)),
                new PostcodePoint("2662AD", new Coordinates(51.9781, 4.4953)),
                new PostcodePoint("2665ES", new Coordinates(52.0146, 4.5418))), points);
    }

    @Test
    void everyBadLineIsReportedAtItsLineAndColumnAndTheGoodOnesAreKept() {
        List<PostcodePoint> points = read("""
                postcode,lat,lon
                266,52.0410,4.5530
                2661,52,04,4.5530
                2662,noord,4.5530
                2663,4.5530,52.0410
                2664,40.1,4.5
                2665,52.01,4.54
                2665,52.02,4.55
                2666 ABC,52.01,4.54
                """);
        assertEquals(List.of(
                "data/postcodes.csv:2:1: '266' is not a postcode (write 4 digits (2661) or 4 digits and 2 letters (2661 AB))",
                "data/postcodes.csv:3:1: expected 3 values (postcode,lat,lon), found 4"
                        + " (separate them with commas and write decimals with a point: 2661,52.0410,4.5530)",
                "data/postcodes.csv:4:6: 'noord' is not a latitude (write degrees with a decimal point, such as 52.0410)",
                "data/postcodes.csv:5:6: the point 4.5530, 52.0410 lies outside the Netherlands"
                        + " (lat and lon seem swapped: lat is about 51 to 53, lon about 3 to 7)",
                "data/postcodes.csv:6:6: the point 40.1, 4.5 lies outside the Netherlands"
                        + " (in the Netherlands lat is between 50.75 and 53.56, lon between 3.35 and 7.23)",
                "data/postcodes.csv:8:1: the postcode 2665 is on line 7 already (keep one line per postcode)",
                "data/postcodes.csv:9:1: '2666 ABC' is not a postcode (write 4 digits (2661) or 4 digits and 2 letters (2661 AB))"),
                messages());
        assertEquals(List.of(new PostcodePoint("2665", new Coordinates(52.01, 4.54))), points);
    }

    @Test
    void aFileWithoutItsHeaderIsOneProblemAtItsFirstLine() {
        read("""
                # from CBS
                2661;52.0410;4.5530
                2662;51.9781;4.4953
                """);
        assertEquals(List.of("data/postcodes.csv:2:1: the first line must be the header 'postcode,lat,lon'"
                + " (then one postcode a line, such as 2661,52.0410,4.5530; see the README, Search and near me)"),
                messages());
    }

    @Test
    void theLoaderReadsTheFileWhenThereIsOneAndReportsItsProblemsWithTheRecords(@TempDir Path dir) throws Exception {
        TinySite.valid().writeTo(dir);
        assertEquals(List.of(), new AtlasLoader().load(dir, problems).postcodes());
        Files.writeString(dir.resolve(FILE), "postcode,lat,lon\n2661,52.0410,4.5530\n2662,52.0x,4.5\n");
        LoadedAtlas loaded = new AtlasLoader().load(dir, problems);
        assertEquals(List.of(new PostcodePoint("2661", new Coordinates(52.041, 4.553))), loaded.postcodes());
        assertEquals(List.of("data/postcodes.csv:3:6: '52.0x' is not a latitude"
                + " (write degrees with a decimal point, such as 52.0410)"), messages());
    }
}
