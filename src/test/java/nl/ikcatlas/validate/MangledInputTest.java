package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes: every file of the valid tiny site is mangled in many ways (characters
 * dropped, inserted, lines swapped or cut), and loading plus validation must only ever report
 * problems, each pointing into the file it names.
 */
class MangledInputTest {
    private static final String NOISE = ":-[]{}#&*!|>'\"%@`,?\t\n é0123456789abcXYZ~";

    @TempDir
    Path dir;

    @Test
    void mangledFilesGiveProblemsNeverExceptions() throws IOException {
        Path site = TinySite.valid().writeTo(dir.resolve("site"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("data"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Random random = new Random(20261123);
        for (Path file : files) {
            String original = Files.readString(file);
            for (int round = 0; round < 300; round++) {
                String mangled = mangle(original, random);
                Files.writeString(file, mangled, StandardCharsets.UTF_8);
                List<Problem> problems;
                try {
                    Problems found = new Problems();
                    LoadedAtlas loaded = new AtlasLoader().load(site, found);
                    new Validator().validate(loaded, found);
                    problems = found.sorted();
                } catch (RuntimeException e) {
                    fail("loading " + site.relativize(file) + " crashed on:\n" + mangled, e);
                    return;
                }
                long lines = mangled.lines().count() + 1;
                for (Problem p : problems) {
                    assertTrue(p.position().line() >= 1 && p.position().column() >= 1, p.format());
                    if (p.position().file().equals(site.relativize(file).toString().replace('\\', '/'))) {
                        assertTrue(p.position().line() <= lines + 1, p.format() + "\nin:\n" + mangled);
                    }
                }
            }
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
    }

    private static String mangle(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 2 -> s.setLength(at);
                default -> {
                    List<String> lines = new java.util.ArrayList<>(s.toString().lines().toList());
                    if (lines.size() > 1) {
                        int a = random.nextInt(lines.size());
                        int b = random.nextInt(lines.size());
                        String tmp = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, tmp);
                    }
                    s = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return s.toString();
    }
}
