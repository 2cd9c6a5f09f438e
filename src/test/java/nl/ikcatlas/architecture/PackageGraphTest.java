package nl.ikcatlas.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the tool form layers and every arrow points down: a package uses only packages in
 * lower layers, never one beside or above it, so the graph has no cycle. A sub-package belongs to the
 * unit of its nearest declared package.
 */
class PackageGraphTest {
    private static final String BASE = "nl.ikcatlas";
    private static final Path SOURCES = Path.of("src/main/java/nl/ikcatlas");

    /** Top first. The one place the direction of the arrows is declared. */
    static final List<List<String>> LAYERS = List.of(
            List.of("cli"),
            List.of("serve"),
            List.of("pipeline", "importer"),
            List.of("print", "readability", "render", "schema"),
            List.of("view"),
            List.of("view.home", "view.places", "view.areas", "view.organisations", "view.kindcentra", "view.monitor",
                    "view.search", "view.content"),
            List.of("view.shared"),
            List.of("export", "monitor", "validate"),
            List.of("load"),
            List.of("map"),
            List.of("model", "site"),
            List.of("problem"));

    /** Libraries only one package may use: the adapter that keeps them away from the rest. */
    static final Map<String, String> ADAPTERS = Map.of("org.jbake", "render", "freemarker", "render");

    private static final Pattern REFERENCE = Pattern.compile("\\b" + Pattern.quote(BASE) + "\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([a-z][\\w.]*)", Pattern.MULTILINE);

    @Test
    void everyArrowPointsDown() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String from = unit(packageOf(file));
            Matcher m = REFERENCE.matcher(withoutPackageLine(read(file)));
            TreeSet<String> targets = new TreeSet<>();
            while (m.find()) {
                targets.add(unit(m.group(1)));
            }
            for (String to : targets) {
                if (!to.equals(from) && layer(to) <= layer(from)) {
                    wrong.add(SOURCES.relativize(file) + ": " + from + " -> " + to);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void librariesStayBehindTheirAdapter() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String from = unit(packageOf(file));
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                for (Map.Entry<String, String> adapter : ADAPTERS.entrySet()) {
                    if (m.group(1).startsWith(adapter.getKey() + ".") && !from.equals(adapter.getValue())) {
                        wrong.add(SOURCES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPackageHasItsLayer() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (Path file : sources()) {
            if (layerOrMinus(unit(packageOf(file))) < 0) {
                undeclared.add(SOURCES.relativize(file).toString());
            }
        }
        assertEquals(List.of(), undeclared, "add the package to LAYERS");
    }

    /** The nearest declared package containing {@code pkg} (relative to the base), or pkg itself. */
    private static String unit(String pkg) {
        String best = pkg;
        int bestLength = -1;
        for (List<String> layer : LAYERS) {
            for (String declared : layer) {
                if ((pkg.equals(declared) || pkg.startsWith(declared + ".")) && declared.length() > bestLength) {
                    best = declared;
                    bestLength = declared.length();
                }
            }
        }
        return best;
    }

    private static int layer(String unit) {
        int layer = layerOrMinus(unit);
        if (layer < 0) {
            throw new AssertionError("the package " + unit + " has no layer in LAYERS");
        }
        return layer;
    }

    private static int layerOrMinus(String unit) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(unit)) {
                return i;
            }
        }
        return -1;
    }

    private static String packageOf(Path file) {
        String rel = SOURCES.relativize(file.getParent()).toString().replace('\\', '/');
        return rel.replace('/', '.');
    }

    private static String withoutPackageLine(String text) {
        return text.replaceFirst("(?m)^package [\\w.]+;", "");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
