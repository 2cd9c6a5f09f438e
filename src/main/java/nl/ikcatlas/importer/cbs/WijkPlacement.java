package nl.ikcatlas.importer.cbs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.RecordFile;
import nl.ikcatlas.importer.RecordSet;
import nl.ikcatlas.importer.Value;
import nl.ikcatlas.load.YamlNode;
import nl.ikcatlas.map.Outline;
import nl.ikcatlas.map.RdNew;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.problem.Problems;

/**
 * Puts every school and childcare location whose area the importer set (or that has none) in the wijk
 * that contains its coordinates. An area an editor wrote by hand (a line without {@link RecordFile#MARK})
 * is never changed.
 */
final class WijkPlacement {
    private final ImportPlan plan;
    private final Problems problems;

    WijkPlacement(ImportPlan plan, Problems problems) {
        this.plan = plan;
        this.problems = problems;
    }

    /** @param outlines the wijken by area id */
    void place(Map<String, Outline> outlines) {
        for (Layout layout : List.of(Layout.SCHOOL, Layout.CHILDCARE)) {
            for (RecordSet.Existing record : RecordSet.read(plan, layout, problems).all()) {
                RecordFile file = record.lines();
                Coordinates at = coordinates(record.fields().get("coordinates"));
                if (at == null || (file.has("area") && !file.marked("area"))) {
                    continue;
                }
                String wijk = outlines.entrySet().stream().filter(e -> e.getValue().contains(at)).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                if (wijk == null || Objects.equals(wijk, record.text("area"))) {
                    continue;
                }
                file.put("area", Value.text(wijk).marked().lines("area"), layout.order());
                plan.write(record.path(), file.text());
                plan.report().changed(record.file(), "area", record.text("area"), wijk);
            }
        }
    }

    /** A record's coordinates as it writes them (lat/lon, or RD New x/y); null when it has none or they are unreadable. */
    private static Coordinates coordinates(YamlNode.Entry entry) {
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
