package nl.ikcatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large, valid atlas of made-up records for measuring build speed: the settings,
 * instrument, content and templates are copied from a real atlas folder, the records generated.
 */
final class SyntheticAtlas {
    private final Random random = new Random(1621);
    private final List<String> themes;
    private final List<String> levels;

    SyntheticAtlas(List<String> themes, List<String> levels) {
        this.themes = themes;
        this.levels = levels;
    }

    /** Sizes in the proportions of the national picture: 6,100 schools to 31,800 childcare locations. */
    record Size(int areas, int boards, int schools, int holders, int childcare, int kindcentra) {
        static Size scaled(double factor) {
            return new Size(n(440, factor), n(1000, factor), n(6100, factor), n(3000, factor), n(31800, factor),
                    n(2000, factor));
        }

        private static int n(int base, double factor) {
            return Math.max(2, (int) Math.round(base * factor));
        }

        int records() {
            return areas + boards + schools + holders + childcare + kindcentra;
        }
    }

    void write(Path dir, Size size) throws IOException {
        Path data = dir.resolve("data");
        for (int i = 0; i < size.areas(); i++) {
            write(data.resolve("areas/gebied-" + i + ".yaml"), """
                    id: gebied-%d
                    name: Gebied %d
                    kind: kern
                    source: voorbeeld
                    """.formatted(i, i));
        }
        for (int i = 0; i < size.boards(); i++) {
            write(data.resolve("boards/bestuur-" + i + ".yaml"), """
                    id: bestuur-%d
                    number: "%d"
                    name: Stichting %d
                    source: duo
                    """.formatted(i, 10000 + i, i));
        }
        for (int i = 0; i < size.schools(); i++) {
            write(data.resolve("schools/school-" + i + ".yaml"), """
                    id: school-%d
                    vestigingscode: %02dAB%02d
                    name: Basisschool %d
                    board: bestuur-%d
                    address: Schoolstraat %d
                    postcode: %d AB
                    place: Plaats
                    coordinates: {lat: %s, lon: %s}
                    area: gebied-%d
                    denomination: Openbaar
                    source: duo
                    """.formatted(i, i % 100, i % 100, i, random.nextInt(size.boards()), i + 1, 1000 + i % 9000,
                    lat(), lon(), random.nextInt(size.areas())));
        }
        for (int i = 0; i < size.holders(); i++) {
            write(data.resolve("holders/houder-" + i + ".yaml"), """
                    id: houder-%d
                    name: Kinderopvang %d
                    source: voorbeeld
                    """.formatted(i, i));
        }
        for (int i = 0; i < size.childcare(); i++) {
            write(data.resolve("childcare/opvang-" + i + ".yaml"), """
                    id: opvang-%d
                    name: Opvang %d
                    holder: houder-%d
                    care_types: [kdv, bso]
                    places: {kdv: 16, bso: 40}
                    vve: %s
                    address: Opvangweg %d
                    postcode: %d CD
                    place: Plaats
                    coordinates: {lat: %s, lon: %s}
                    area: gebied-%d
                    source: voorbeeld
                    """.formatted(i, i, random.nextInt(size.holders()), i % 5 == 0, i + 1, 1000 + i % 9000, lat(), lon(),
                    random.nextInt(size.areas())));
        }
        for (int i = 0; i < size.kindcentra(); i++) {
            StringBuilder assessments = new StringBuilder();
            for (int year = 2023; year <= 2025; year++) {
                assessments.append("  - year: ").append(year).append("\n    source: voorbeeld\n    levels:\n");
                for (String theme : themes) {
                    assessments.append("      ").append(theme).append(": ")
                            .append(levels.get(random.nextInt(levels.size()))).append('\n');
                }
            }
            write(data.resolve("kindcentra/kc-" + i + ".yaml"), """
                    id: kc-%d
                    name: Kindcentrum %d
                    area: gebied-%d
                    schools: [school-%d]
                    childcare: [opvang-%d]
                    scenario: school
                    lead: samen
                    interest: 2
                    housing:
                      situation: een-gebouw
                    source: voorbeeld
                    assessments:
                    %s""".formatted(i, i, random.nextInt(size.areas()), i % size.schools(), i % size.childcare(),
                    assessments));
        }
    }

    private String lat() {
        return String.format(Locale.ROOT, "%.5f", 51.5 + random.nextDouble());
    }

    private String lon() {
        return String.format(Locale.ROOT, "%.5f", 4.5 + random.nextDouble() * 1.5);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
