package nl.ikcatlas.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.ikcatlas.load.YamlNode;
import nl.ikcatlas.load.YamlReader;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * What an import needs from {@code data/atlas.yaml}: the municipality's code and the edition date,
 * and the sources, to which an import adds its register when it is not there yet.
 *
 * @param code the municipality's 4 digits ({@code GM1621} -> {@code 1621})
 */
public record AtlasFile(Path path, String code, String municipality, LocalDate edition, List<String> sourceIds) {
    public static final String NAME = "data/atlas.yaml";

    /** The settings, or empty (and problems) when the atlas has no usable atlas.yaml. */
    public static Optional<AtlasFile> read(Path atlasDir, Problems problems) {
        Path path = atlasDir.resolve(NAME);
        if (!Files.isRegularFile(path)) {
            problems.add(Position.startOf(NAME), "this file is missing", "make a new atlas with 'init DIR --municipality CODE'");
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Position.startOf(NAME), "the file could not be read as UTF-8: " + e.getMessage());
            return Optional.empty();
        }
        int before = problems.size();
        Optional<YamlNode> root = new YamlReader().read(NAME, text, problems);
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping mapping)) {
            if (problems.size() == before) {
                problems.add(Position.startOf(NAME), "the atlas settings must be 'field: value' lines");
            }
            return Optional.empty();
        }
        String cbs = scalar(mapping, "cbs_code");
        String edition = scalar(mapping, "edition");
        if (cbs == null || !cbs.matches("GM[0-9]{4}")) {
            problems.add(position(mapping, "cbs_code"), "the atlas needs its municipality's code, like 'cbs_code: GM0106'",
                    "the import takes the rows of that municipality from the register");
        }
        LocalDate date = null;
        try {
            date = edition == null ? null : LocalDate.parse(edition);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (date == null) {
            problems.add(position(mapping, "edition"), "the atlas needs its edition date, like 'edition: 2026-11-01'",
                    "records gone from the register are closed on that date (or on --date)");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        YamlNode.Entry sources = mapping.entries().get("sources");
        List<String> ids = sources != null && sources.value() instanceof YamlNode.Sequence list
                ? list.items().stream().filter(YamlNode.Mapping.class::isInstance)
                .map(item -> scalar((YamlNode.Mapping) item, "id")).toList()
                : List.of();
        return Optional.of(new AtlasFile(path, cbs.substring(2), scalar(mapping, "municipality"), date, ids));
    }

    /** Adds a source to atlas.yaml when the atlas has none with its id. */
    public void ensureSource(ImportPlan plan, RegisterSource source) {
        if (sourceIds.contains(source.id())) {
            return;
        }
        RecordFile file = RecordFile.parse(plan.read(path));
        file.append("sources", source.lines(plan.date()), List.of("sources"));
        plan.write(path, file.text());
    }

    private static String scalar(YamlNode.Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && entry.value() instanceof YamlNode.Scalar s && !s.isNull() ? s.text() : null;
    }

    private static Position position(YamlNode.Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.position() : entry.value().position();
    }
}
