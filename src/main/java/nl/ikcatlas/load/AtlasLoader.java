package nl.ikcatlas.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.BoundaryReader;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;
import nl.ikcatlas.problem.Suggestions;

/**
 * Loads every record under an atlas directory's {@code data/}, and the boundary files the areas refer to,
 * reporting all problems at once.
 */
public final class AtlasLoader {
    private static final String SETTINGS = "atlas.yaml";
    private static final String INSTRUMENT = "instrument.yaml";
    /** Holds the GeoJSON outlines that area records refer to: files, not records. */
    public static final String BOUNDARIES = "boundaries";

    private final YamlReader yaml = new YamlReader();
    private final BoundaryReader boundaryReader = new BoundaryReader();
    private final ParsedFiles parsed;

    public AtlasLoader() {
        this(ParsedFiles.none());
    }

    private AtlasLoader(ParsedFiles parsed) {
        this.parsed = parsed;
    }

    /** A loader for repeated loads of one atlas: files whose text did not change are not parsed again. */
    public static AtlasLoader keepingParsedFiles() {
        return new AtlasLoader(ParsedFiles.kept());
    }

    public LoadedAtlas load(Path atlasDir, Problems problems) {
        Path data = atlasDir.resolve("data");
        Map<RecordFolder, Set<String>> unreadable = new EnumMap<>(RecordFolder.class);
        if (!Files.isDirectory(data)) {
            problems.add(Position.startOf("data"), "there is no data/ folder in " + atlasDir.toAbsolutePath().normalize(),
                    "run the command in the atlas folder, or give that folder as the first argument");
            return new LoadedAtlas(new Atlas(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    data, unreadable, Boundaries.NONE, List.of());
        }
        checkFolderNames(atlasDir, data, problems);
        OutsideLinks outside = OutsideLinks.in(atlasDir, "data", problems);
        AtlasSettings settings = single(atlasDir, data.resolve(SETTINGS), new SettingsReader(), outside, problems);
        Instrument instrument = single(atlasDir, data.resolve(INSTRUMENT), new InstrumentReader(), outside, problems);
        Atlas atlas = new Atlas(settings, instrument,
                folder(atlasDir, RecordFolder.AREAS, new AreaReader(), unreadable, outside, problems),
                folder(atlasDir, RecordFolder.BOARDS, new BoardReader(), unreadable, outside, problems),
                folder(atlasDir, RecordFolder.SCHOOLS, new SchoolReader(), unreadable, outside, problems),
                folder(atlasDir, RecordFolder.HOLDERS, new HolderReader(), unreadable, outside, problems),
                folder(atlasDir, RecordFolder.CHILDCARE, new ChildcareReader(), unreadable, outside, problems),
                folder(atlasDir, RecordFolder.KINDCENTRA, new KindcentrumReader(), unreadable, outside, problems));
        // broken GeoJSON is reported here; missing files and files outside data/boundaries/ by the file rules,
        // links that lead out of the atlas above
        List<Area> withReadableBoundaries = atlas.areas().stream()
                .filter(a -> a.boundary() == null || !outside.leadsOutside(data.resolve(a.boundary()))).toList();
        Boundaries boundaries = boundaryReader.read(withReadableBoundaries, data, data.resolve(BOUNDARIES), problems);
        return new LoadedAtlas(atlas, data, unreadable, boundaries,
                new PostcodeFileReader().read(atlasDir, outside, problems));
    }

    private <T> T single(Path atlasDir, Path file, RecordReader<T> reader, OutsideLinks outside, Problems problems) {
        String name = relative(atlasDir, file);
        if (outside.leadsOutside(file)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(Position.startOf(name), "this file is missing", "every atlas needs " + name + "; see the README");
            return null;
        }
        return read(name, file, reader, problems).orElse(null);
    }

    private record FileRead<T>(Path file, Optional<T> record, Problems problems) {
    }

    private <T> List<T> folder(Path atlasDir, RecordFolder kind, RecordReader<T> reader,
                               Map<RecordFolder, Set<String>> unreadable, OutsideLinks outside, Problems problems) {
        Path dir = atlasDir.resolve("data").resolve(kind.folder());
        if (!Files.isDirectory(dir) || outside.leadsOutside(dir)) {
            return List.of();
        }
        List<Path> files;
        // the walk does not follow links, so only a link can lead outside, and only a link needs a second look
        try (Stream<Path> found = Files.find(dir, Integer.MAX_VALUE, (p, file) -> isYaml(p) && (file.isRegularFile()
                || file.isSymbolicLink() && !outside.isOutsideLink(p) && Files.isRegularFile(p)))) {
            files = found.sorted().toList();
        } catch (IOException e) {
            problems.add(Position.startOf(relative(atlasDir, dir)), "the folder could not be read: " + e.getMessage());
            return List.of();
        }
        // files are parsed in parallel, each with its own problems, then taken in their sorted order
        List<FileRead<T>> reads = files.parallelStream().map(file -> {
            Problems own = new Problems();
            return new FileRead<>(file, read(relative(atlasDir, file), file, reader, own), own);
        }).toList();
        List<T> records = new ArrayList<>(files.size());
        Set<String> failed = new HashSet<>();
        for (FileRead<T> r : reads) {
            problems.addAll(r.problems());
            r.record().ifPresentOrElse(records::add, () -> failed.add(stem(r.file())));
        }
        unreadable.put(kind, failed);
        return records;
    }

    private <T> Optional<T> read(String name, Path file, RecordReader<T> reader, Problems problems) {
        String text;
        try {
            text = Utf8Text.decode(name, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return Optional.empty();
        }
        if (text == null) {
            return Optional.empty();
        }
        return parsed.read(name, text, problems,
                own -> yaml.read(name, text, own).map(root -> reader.read(root, YamlPositions.origin(name, root), own)));
    }

    private static void checkFolderNames(Path atlasDir, Path data, Problems problems) {
        List<String> known = new ArrayList<>(Arrays.stream(RecordFolder.values()).map(RecordFolder::folder).toList());
        try (Stream<Path> entries = Files.list(data)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry) && !known.contains(name) && !name.equals(BOUNDARIES)) {
                    problems.add(Position.startOf(relative(atlasDir, entry)), "unknown folder " + Quote.of(name) + "; its files are not read",
                            Optional.ofNullable(Suggestions.didYouMean(name, known))
                                    .orElse("record folders are " + String.join(", ", known)));
                } else if (Files.isRegularFile(entry) && isYaml(entry)
                        && !name.equals(SETTINGS) && !name.equals(INSTRUMENT)) {
                    problems.add(Position.startOf(relative(atlasDir, entry)), "this file is not read: records belong in a folder",
                            "move it into one of " + String.join(", ", known));
                }
            }
        } catch (IOException e) {
            problems.add(Position.startOf("data"), "the folder could not be read: " + e.getMessage());
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    static String relative(Path atlasDir, Path file) {
        return atlasDir.relativize(file).toString().replace('\\', '/');
    }

}
