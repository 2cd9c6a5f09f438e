package nl.ikcatlas.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ikcatlas.cli.Main;

/** Runs the command line in-process for the import tests, and reads and writes their files. */
final class ImportCli {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * A new Lansingerland atlas in {@code tmp}/atlas with the DUO fixture's schools, three of them with coordinates
     * an editor wrote by hand (De Oosthoek, De Springplank, Kindcentrum De Brücke).
     */
    Path lansingerlandWithSchools(Path tmp) {
        Path atlas = tmp.resolve("atlas");
        expectOk(run("init", atlas.toString(), "--municipality", "1621", "--name", "Lansingerland"));
        Path duo = write(tmp.resolve("duo.csv"), fixture("duo-schoolvestigingen.csv", WINDOWS_1252), WINDOWS_1252);
        expectOk(run("import", "duo", duo.toString(), atlas.toString()));
        coordinates(atlas, "de-oosthoek", "52.01461", "4.54183");
        coordinates(atlas, "de-springplank", "51.99012", "4.49127");
        coordinates(atlas, "kindcentrum-de-brucke", "52.01192", "4.53601");
        return atlas;
    }

    private void expectOk(int exitCode) {
        if (exitCode != 0) {
            throw new AssertionError("exit code " + exitCode + ": " + out() + err());
        }
    }

    /** Coordinates an editor wrote by hand, before the school's area. */
    private static void coordinates(Path atlas, String school, String lat, String lon) {
        Path file = atlas.resolve("data/schools/" + school + ".yaml");
        String text = read(file);
        write(file, text.substring(0, text.indexOf("area:")) + "coordinates:\n  lat: " + lat + "\n  lon: " + lon + "\n"
                + text.substring(text.indexOf("area:")), StandardCharsets.UTF_8);
    }

    /** A fixture from src/test/resources/importer/, as text. */
    static String fixture(String name, Charset charset) {
        try {
            return new String(ImportCli.class.getResourceAsStream("/importer/" + name).readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text, Charset charset) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, text.getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with its content: to show that a run wrote nothing. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(dir.relativize(f).toString(), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
