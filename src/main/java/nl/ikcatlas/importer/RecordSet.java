package nl.ikcatlas.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ikcatlas.load.YamlNode;
import nl.ikcatlas.load.YamlReader;
import nl.ikcatlas.map.RdNew;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.problem.Problems;

/** The records of one kind as they are in the atlas (with what this import already changed). */
public final class RecordSet {
    private static final YamlReader YAML = new YamlReader();

    /** One record file: its lines to edit, and its fields as read. */
    public record Existing(Path path, String file, RecordFile lines, Map<String, YamlNode.Entry> fields) {
        public String id() {
            return text("id");
        }

        /** A field as the change report shows it; null when absent. */
        public String text(String key) {
            YamlNode.Entry entry = fields.get(key);
            return entry == null ? null : Value.shown(entry.value());
        }

        /** The record's coordinates as it writes them (lat/lon, or RD New x/y); null when it has none or they are unreadable. */
        public Coordinates coordinates() {
            YamlNode.Entry entry = fields.get("coordinates");
            if (entry == null || !(entry.value() instanceof YamlNode.Mapping point)) {
                return null;
            }
            boolean rd = point.entries().containsKey("x");
            Double first = number(point, rd ? "x" : "lat");
            Double second = number(point, rd ? "y" : "lon");
            if (first == null || second == null) {
                return null; // the validator reports unreadable coordinates at their line
            }
            return rd ? RdNew.toWgs84(first, second) : new Coordinates(first, second);
        }

        private static Double number(YamlNode.Mapping point, String key) {
            YamlNode.Entry entry = point.entries().get(key);
            if (entry == null || !(entry.value() instanceof YamlNode.Scalar scalar)) {
                return null;
            }
            try {
                return Double.parseDouble(scalar.text());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final Path folder;
    private final List<Existing> records;

    private RecordSet(Path folder, List<Existing> records) {
        this.folder = folder;
        this.records = records;
    }

    /** Reads the records; a file that is not valid YAML is a problem (fix it before importing). */
    public static RecordSet read(ImportPlan plan, Layout layout, Problems problems) {
        Path folder = plan.data().resolve(layout.folder().folder());
        List<Existing> records = new ArrayList<>();
        for (Path path : plan.files(folder)) {
            String name = plan.name(path);
            String text = plan.read(path);
            Optional<YamlNode> root = YAML.read(name, text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
            if (root.isPresent() && root.get() instanceof YamlNode.Mapping mapping) {
                records.add(new Existing(path, name, RecordFile.parse(text), mapping.entries()));
            }
        }
        return new RecordSet(folder, records);
    }

    public List<Existing> all() {
        return records;
    }

    /** The records that have {@code key}, by its value. */
    public Map<String, Existing> by(String key) {
        Map<String, Existing> byValue = new LinkedHashMap<>();
        records.stream().filter(r -> r.text(key) != null).forEach(r -> byValue.putIfAbsent(r.text(key), r));
        return byValue;
    }

    /** A free id: {@code wanted}, or with {@code alternative} appended when another record (or file) has it. */
    public String freeId(String wanted, String alternative, Set<String> alsoTaken) {
        Set<String> taken = new HashSet<>(alsoTaken);
        records.forEach(r -> {
            taken.add(r.id());
            String file = r.path().getFileName().toString();
            taken.add(file.substring(0, file.length() - ".yaml".length()));
        });
        String id = wanted;
        if (taken.contains(id)) {
            id = Names.id(wanted + "-" + alternative);
        }
        for (int n = 2; taken.contains(id); n++) {
            id = Names.id(wanted + "-" + alternative + "-" + n);
        }
        return id;
    }

    public Path path(String id) {
        return folder.resolve(id + ".yaml");
    }
}
