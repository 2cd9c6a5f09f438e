package nl.ikcatlas.importer.cbs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.RecordFile;
import nl.ikcatlas.importer.RecordSet;
import nl.ikcatlas.importer.Value;
import nl.ikcatlas.map.Outline;
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
                Coordinates at = record.coordinates();
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
}
