package nl.ikcatlas.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;

/**
 * Any bytes as a record file, read as the loader reads it (encoding, YAML, every kind of record): nothing is
 * thrown, and every problem has a position inside the file and a message that names no class of a library.
 * {@code mvn verify} replays the inputs in {@code src/test/resources/nl/ikcatlas/load/RecordFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for real (see the README).
 */
class RecordFuzzTest {
    private static final List<RecordReader<?>> READERS = List.of(new SettingsReader(), new InstrumentReader(),
            new AreaReader(), new BoardReader(), new SchoolReader(), new HolderReader(), new ChildcareReader(),
            new KindcentrumReader());
    private final YamlReader yaml = new YamlReader();

    @FuzzTest
    void anyFileIsReadWithoutCrashingAndEveryProblemIsPlainAndPositioned(byte[] file) {
        String name = "data/x.yaml";
        Problems problems = new Problems();
        String text = Utf8Text.decode(name, file, problems);
        if (text != null) {
            Optional<YamlNode> root = yaml.read(name, text, problems);
            if (root.isPresent()) {
                for (RecordReader<?> reader : READERS) {
                    reader.read(root.get(), YamlPositions.origin(name, root.get()), problems);
                }
            }
        }
        long lines = file.length + 1L;
        for (Problem p : problems.sorted()) {
            assertTrue(p.position().line() >= 1 && p.position().line() <= lines && p.position().column() >= 1,
                    p.format());
            // values the file gave are quoted in messages; the rest is the tool's own words
            assertTrue(!p.format().replaceAll("'[^']*'", "").matches("(?s).*\\b(org|com|java|javax)\\.[a-z]+\\..*"),
                    p.format());
        }
    }
}
