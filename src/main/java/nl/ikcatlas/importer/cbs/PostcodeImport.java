package nl.ikcatlas.importer.cbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.ikcatlas.importer.AtlasFile;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.RecordSet;
import nl.ikcatlas.importer.RegisterImport;
import nl.ikcatlas.importer.RegisterSource;
import nl.ikcatlas.load.PostcodeFileReader;
import nl.ikcatlas.map.BoundaryReader;
import nl.ikcatlas.map.Geo;
import nl.ikcatlas.map.Outline;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.PostcodePoint;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/**
 * CBS Postcode4 as PDOK publishes it (GeoJSON, WGS84 or RD New with a {@code crs}): the centroid of every
 * 4-digit postcode area near the atlas's places becomes a line of {@code data/postcodes.csv}, which the
 * search page's postcode table reads. Lines with a 6-character postcode are an editor's and stay.
 */
public final class PostcodeImport implements RegisterImport {
    /** The property that holds the postcode: PDOK writes {@code postcode}, older CBS files {@code postcode4} or {@code pc4}. */
    static final List<String> CODES = List.of("postcode", "postcode4", "pc4");
    /** The year of the figures; a file with several years gives each postcode its newest area. */
    static final String YEAR = "jaarcode";
    /** A postcode is kept when its centroid lies this close to a school or childcare location, or its area holds one. */
    public static final int NEAR_KM = 5;

    /** One postcode area of the file: its centroid, its outline, its year (or "") and where its feature starts. */
    private record PostcodeArea(String postcode, Coordinates centroid, Outline outline, String year, Position position) {
    }

    @Override
    public RegisterSource source() {
        return RegisterSource.POSTCODE4;
    }

    @Override
    public String kind() {
        return "a GeoJSON file of CBS postcode areas (Postcode4)";
    }

    @Override
    public Optional<String> municipalityName(Path file, String code) {
        return Optional.empty(); // postcode areas do not follow municipal borders
    }

    @Override
    public void read(Path file, String name, AtlasFile atlas, ImportPlan plan, Problems problems) {
        int before = problems.size();
        Path target = plan.data().resolve(PostcodeFileReader.FILE);
        String targetName = plan.name(target);
        String old = plan.read(target);
        if (old != null && old.startsWith("\uFEFF")) {
            old = old.substring(1); // a byte order mark, as some spreadsheets write
        }
        List<PostcodePoint> previous = old == null ? List.of() : new PostcodeFileReader().read(targetName, old, problems);
        List<Coordinates> places = places(plan, problems);
        Map<String, PostcodeArea> areas = areas(file, name, problems);
        if (problems.size() > before) {
            return;
        }
        if (places.isEmpty()) {
            problems.add(Position.startOf(name), "no school or childcare location of the atlas"
                    + " has coordinates, so the import cannot tell which postcodes are near", "import the registers with"
                    + " --geocode first, or write the coordinates in the records");
            return;
        }
        Map<String, PostcodeArea> near = new TreeMap<>();
        areas.values().stream().filter(a -> isNear(a, places)).forEach(a -> near.put(a.postcode(), a));
        if (near.isEmpty()) {
            problems.add(Position.startOf(name), "none of the " + areas.size() + " postcode areas lies within " + NEAR_KM
                    + " km of a school or childcare location of the atlas", "take the postcode areas of the municipality's"
                    + " region (in WGS84, or in RD New with its crs)");
            return;
        }
        if (report(previous, near, areas, targetName, plan)) {
            plan.write(target, text(near, previous, old, plan));
        }
    }

    /** The postcode areas of the file by postcode, each its newest year's; none after a problem. */
    private Map<String, PostcodeArea> areas(Path file, String name, Problems problems) {
        int before = problems.size();
        List<BoundaryReader.Feature> features = new BoundaryReader().features(file, name, problems);
        if (features.isEmpty()) {
            if (problems.size() == before) {
                problems.add(Position.startOf(name), "this is not " + kind() + ": it is not a GeoJSON FeatureCollection"
                        + " with features", "download the postcode4 layer of CBS Postcode4 from PDOK as GeoJSON");
            }
            return Map.of();
        }
        String code = CODES.stream().filter(features.get(0).properties()::containsKey).findFirst().orElse(null);
        if (code == null) {
            problems.add(Position.startOf(name), "this is not " + kind() + ": its features have no property 'postcode'",
                    "take the postcode4 layer of CBS Postcode4, not the postcode6 layer or another map");
            return Map.of();
        }
        Map<String, PostcodeArea> areas = new TreeMap<>();
        for (BoundaryReader.Feature feature : features) {
            PostcodeArea area = area(feature, code, problems);
            if (area == null) {
                continue;
            }
            PostcodeArea other = areas.get(area.postcode());
            if (other != null && other.year().equals(area.year())) {
                problems.add(area.position(), "the postcode " + area.postcode() + " is in the file twice: also at line "
                        + other.position().line(), "the file may be damaged; download it again");
            } else if (other == null || other.year().compareTo(area.year()) < 0) {
                areas.put(area.postcode(), area);
            }
        }
        return areas;
    }

    /** One feature's postcode area, or null after reporting why it cannot be used. */
    private static PostcodeArea area(BoundaryReader.Feature feature, String code, Problems problems) {
        String postcode = feature.properties().getOrDefault(code, "").strip();
        if (!postcode.matches("[1-9][0-9]{3}")) {
            problems.add(feature.position(), "this feature's " + code + " " + Quote.of(postcode) + " is not a postcode of"
                    + " 4 digits", "this import reads the areas of 4-digit postcodes (CBS Postcode4)");
            return null;
        }
        if (feature.surface() == null) {
            return null; // its geometry's mistakes are reported at their lines
        }
        Coordinates centroid = feature.surface().centroid();
        if (centroid == null) {
            problems.add(feature.position(), "the area of postcode " + postcode + " has no surface",
                    "each postcode needs a Polygon or MultiPolygon; the file may be damaged");
            return null;
        }
        if (!Coordinates.inNetherlands(centroid.lat(), centroid.lon())) {
            problems.add(feature.position(), "the area of postcode " + postcode + " lies outside the Netherlands ("
                    + shown(centroid) + ")", Coordinates.inNetherlands(centroid.lon(), centroid.lat())
                    ? "its positions seem to be [latitude, longitude]: GeoJSON writes [longitude, latitude]"
                    : "a file in RD New needs \"crs\": {\"type\": \"name\", \"properties\": {\"name\":"
                            + " \"urn:ogc:def:crs:EPSG::28992\"}}");
            return null;
        }
        return new PostcodeArea(postcode, centroid, feature.surface().outline(),
                feature.properties().getOrDefault(YEAR, ""), feature.position());
    }

    /** Where the atlas's schools and childcare locations are (those with coordinates). */
    private static List<Coordinates> places(ImportPlan plan, Problems problems) {
        List<Coordinates> places = new ArrayList<>();
        for (Layout layout : List.of(Layout.SCHOOL, Layout.CHILDCARE)) {
            RecordSet.read(plan, layout, problems).all().stream().map(RecordSet.Existing::coordinates)
                    .filter(c -> c != null).forEach(places::add);
        }
        return places;
    }

    private static boolean isNear(PostcodeArea area, List<Coordinates> places) {
        return places.stream().anyMatch(p -> Geo.distance(p, area.centroid()) <= NEAR_KM * 1000.0
                || area.outline().contains(p));
    }

    /** Reports every 4-digit postcode added, moved or removed against the previous file; true when any was. */
    private static boolean report(List<PostcodePoint> previous, Map<String, PostcodeArea> near,
            Map<String, PostcodeArea> all, String file, ImportPlan plan) {
        Map<String, String> before = new TreeMap<>();
        previous.stream().filter(p -> p.postcode().length() == 4).forEach(p -> before.put(p.postcode(), shown(p.at())));
        boolean any = false;
        for (PostcodeArea area : near.values()) {
            String was = before.get(area.postcode());
            String now = shown(area.centroid());
            if (was == null) {
                plan.report().added(file, "postcode " + area.postcode() + " at " + now);
            } else if (!was.equals(now)) {
                plan.report().changed(file, "postcode " + area.postcode(), was, now);
            }
            any |= !now.equals(was);
        }
        for (String postcode : before.keySet()) {
            if (!near.containsKey(postcode)) {
                plan.report().removed(file, "postcode " + postcode, all.containsKey(postcode)
                        ? "farther than " + NEAR_KM + " km from every school and childcare location"
                        : "not in the register's file");
                any = true;
            }
        }
        return any;
    }

    /** The new file: its source, the header, the 4-digit postcodes, then the editor's 6-character lines as they were. */
    private static String text(Map<String, PostcodeArea> near, List<PostcodePoint> previous, String old, ImportPlan plan) {
        String year = near.values().stream().map(PostcodeArea::year).max(String::compareTo).orElse("");
        StringBuilder out = new StringBuilder();
        out.append("# Bron: CBS Postcode4 (PDOK)").append(year.isEmpty() ? "" : ", " + year).append(", ingelezen op ")
                .append(plan.date()).append(".\n# Het zwaartepunt van elk postcodegebied binnen ").append(NEAR_KM)
                .append(" km van een school of opvanglocatie in de atlas,\n# gemaakt met 'import postcodes'. Regels met een"
                        + " postcode van 6 tekens zijn van de redactie en blijven staan.\n")
                .append(PostcodeFileReader.HEADER).append('\n');
        near.values().forEach(a -> out.append(a.postcode()).append(',').append(shown(a.centroid()).replace(" ", ""))
                .append('\n'));
        if (previous.stream().anyMatch(p -> p.postcode().length() == 6)) {
            old.lines().filter(PostcodeImport::isSixCharacterLine).forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    private static boolean isSixCharacterLine(String line) {
        String first = line.split(",", -1)[0].replace(" ", "");
        return !line.strip().startsWith("#") && first.matches("[1-9][0-9]{3}[A-Za-z]{2}");
    }

    /** A point as the file writes it (4 decimals: about 10 m), with a space after the comma for the report. */
    private static String shown(Coordinates at) {
        return String.format(Locale.ROOT, "%.4f, %.4f", at.lat(), at.lon());
    }
}
