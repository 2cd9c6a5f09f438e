package nl.ikcatlas.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one import will write, and its change report. Files are only written by {@link #commit()},
 * after the whole register was read without problems, so a failed or dry run writes nothing.
 */
public final class ImportPlan {
    private final Path atlasDir;
    private final LocalDate date;
    private final ChangeReport report = new ChangeReport();
    private final Map<Path, String> writes = new LinkedHashMap<>();

    /** @param date the register's date: when records gone from it are closed and old names end */
    public ImportPlan(Path atlasDir, LocalDate date) {
        this.atlasDir = atlasDir;
        this.date = date;
    }

    public Path atlasDir() {
        return atlasDir;
    }

    public Path data() {
        return atlasDir.resolve("data");
    }

    public LocalDate date() {
        return date;
    }

    public ChangeReport report() {
        return report;
    }

    /** A file's text as this import leaves it: what it will write, else what is on disk; null when neither. */
    public String read(Path file) {
        if (writes.containsKey(file)) {
            return writes.get(file);
        }
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML files of a folder under {@code data/}, those this import will add included. */
    public List<Path> files(Path folder) {
        try (Stream<Path> onDisk = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return Stream.concat(onDisk, writes.keySet().stream().filter(p -> folder.equals(p.getParent())))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Path file, String text) {
        writes.put(file, text);
    }

    /** The file's name as editors see it, relative to the atlas folder. */
    public String name(Path file) {
        return atlasDir.relativize(file).toString().replace('\\', '/');
    }

    /** Writes every file of the plan; unchanged files are left alone. */
    public void commit() throws IOException {
        for (Map.Entry<Path, String> write : writes.entrySet()) {
            Path file = write.getKey();
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(write.getValue())) {
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, write.getValue(), StandardCharsets.UTF_8);
        }
    }
}
