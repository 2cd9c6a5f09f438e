package nl.ikcatlas.importer;

import static nl.ikcatlas.importer.ImportCli.WINDOWS_1252;
import static nl.ikcatlas.importer.ImportCli.read;
import static nl.ikcatlas.importer.ImportCli.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.validate.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real national DUO file, read from {@code ../shared/data/} next to the repository (or the folder in the
 * system property {@code ikcatlas.shared.data}); never copied into the repository. Skipped when it is absent.
 */
class NationalDuoTest {
    private static final String FILE = "duo-schoolvestigingen-bo-nl.csv";
    /** The fields DUO owns in a school record, and in a board record. */
    private static final List<String> SCHOOL_FIELDS = List.of("vestigingscode", "name", "address", "postcode", "place",
            "denomination", "website");
    private static final List<String> BOARD_FIELDS = List.of("number", "denomination");

    @TempDir
    Path tmp;
    private final ImportCli cli = new ImportCli();
    private Path duo;

    @BeforeEach
    void realFile() {
        Path folder = Path.of(System.getProperty("ikcatlas.shared.data", "../shared/data"));
        duo = folder.resolve(FILE);
        assumeTrue(Files.isRegularFile(duo), "The real DUO file " + duo.toAbsolutePath().normalize()
                + " is not there: the tests on the national file are skipped.");
    }

    @Test
    void importingLansingerlandIntoTheShippedAtlasChangesNothing() {
        Path atlas = tmp.resolve("lansingerland");
        for (String folder : List.of("data", "content", "templates")) {
            SiteFiles.copyTree(Path.of(folder), atlas.resolve(folder));
        }
        Map<String, String> shipped = snapshot(atlas);
        assertEquals(0, cli.run("import", "duo", duo.toString(), atlas.toString()), cli.err());
        assertEquals("No changes: the atlas already has what the register says.\n", cli.out());
        assertEquals(shipped, snapshot(atlas));
    }

    @Test
    void aNewLansingerlandAtlasHasTheShippedRegisterFieldsLineForLine() throws IOException {
        Path atlas = tmp.resolve("new");
        assertEquals(0, cli.run("init", atlas.toString(), "--municipality", "1621", "--duo", duo.toString()), cli.err());
        Map<String, String> imported = byKey(atlas.resolve("data/schools"), "vestigingscode", SCHOOL_FIELDS);
        Map<String, String> shipped = byKey(Path.of("data/schools"), "vestigingscode", SCHOOL_FIELDS);
        assertEquals(26, shipped.size());
        assertEquals(shipped, imported);
        assertEquals(byKey(Path.of("data/boards"), "number", BOARD_FIELDS),
                byKey(atlas.resolve("data/boards"), "number", BOARD_FIELDS));
        // a school's board: the board with the same number, whatever its id
        assertEquals(boardNumbers(Path.of("data")), boardNumbers(atlas.resolve("data")));
    }

    /** What {@code check} finds in the atlas, or only in its records. */
    private static List<Problem> problems(Path atlas, boolean wholeCheck) {
        if (wholeCheck) {
            return new AtlasPipeline().check(atlas).problems();
        }
        Problems problems = new Problems();
        new Validator().validate(new AtlasLoader().load(atlas, problems), problems);
        return problems.sorted();
    }

    /** Per record (by its key line), its schema line and the lines of {@code fields}, as written. */
    private static Map<String, String> byKey(Path folder, String key, List<String> fields) throws IOException {
        Map<String, String> records = new LinkedHashMap<>();
        for (Path file : files(folder)) {
            List<String> lines = read(file).lines().toList();
            String keyLine = lines.stream().filter(l -> l.startsWith(key + ": ")).findFirst().orElseThrow();
            String kept = lines.stream().filter(l -> l.startsWith("# yaml-language-server: ")
                    || fields.stream().anyMatch(f -> l.startsWith(f + ": "))).collect(Collectors.joining("\n"));
            records.put(keyLine, kept);
        }
        return records;
    }

    /** Per school (by vestigingscode), the number of its board. */
    private static Map<String, String> boardNumbers(Path data) throws IOException {
        Map<String, String> numbers = new LinkedHashMap<>();
        Map<String, String> boardById = new LinkedHashMap<>();
        for (Path board : files(data.resolve("boards"))) {
            String text = read(board);
            boardById.put(value(text, "id"), value(text, "number"));
        }
        for (Path school : files(data.resolve("schools"))) {
            String text = read(school);
            numbers.put(value(text, "vestigingscode"), boardById.get(value(text, "board")));
        }
        return new TreeMap<>(numbers);
    }

    private static String value(String text, String key) {
        return text.lines().filter(l -> l.startsWith(key + ": ")).findFirst().orElseThrow()
                .substring(key.length() + 2).replace("'", "");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    /**
     * Every municipality in the file: a new atlas with its schools validates, except that the schools have no
     * coordinates yet (that is the one problem allowed, and it must be there for every school). To keep the
     * run short, the national file is first split into one file per municipality, each exactly in DUO's
     * format (the header and that municipality's rows, as bytes); importing from the whole file is what the
     * Lansingerland tests do. {@code init} gives every atlas the same default content and templates, so the
     * whole check (content pages and templates too) runs on the first atlas only, and the records of every
     * other atlas are loaded and validated.
     */
    @Test
    void everyMunicipalityImportsAndValidatesApartFromCoordinates() throws IOException {
        List<String> lines = List.of(new String(Files.readAllBytes(duo), WINDOWS_1252).split("\r\n"));
        Map<String, StringBuilder> byCode = new TreeMap<>();
        lines.stream().skip(1).forEach(line -> byCode.computeIfAbsent(line.split(";", -1)[9],
                code -> new StringBuilder(lines.get(0)).append("\r\n")).append(line).append("\r\n"));
        assertEquals(342, byCode.size());
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int schools = 0;
        for (Map.Entry<String, StringBuilder> municipality : byCode.entrySet()) {
            String code = municipality.getKey();
            Path file = ImportCli.write(tmp.resolve(code + ".csv"), municipality.getValue().toString(), WINDOWS_1252);
            Path atlas = tmp.resolve(code);
            if (cli.run("init", atlas.toString(), "--municipality", code, "--duo", file.toString()) != 0) {
                failures.add(code + ": " + cli.err());
                continue;
            }
            List<Problem> problems = problems(atlas, failures.isEmpty() && schools == 0);
            int count = files(atlas.resolve("data/schools")).size();
            schools += count;
            List<Problem> others = problems.stream()
                    .filter(p -> !p.message().equals("missing required field 'coordinates'")).toList();
            if (!others.isEmpty() || problems.size() != count) {
                failures.add(code + ": " + others.stream().map(Problem::format).collect(Collectors.joining("\n")));
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(6107, schools);
        System.out.printf("All %d municipalities imported and validated in %.1f s.%n", byCode.size(),
                (System.nanoTime() - start) / 1e9);
    }
}
