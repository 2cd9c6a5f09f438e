package nl.ikcatlas.importer;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.problem.Problems;

/** What an atlas still lacks after an import, said with how to fill it in. */
public final class Missing {
    private Missing() {
    }

    /** A note on the schools and childcare locations that have no coordinates; none when all have them. */
    public static List<String> coordinates(ImportPlan plan, Problems problems) {
        List<String> files = new ArrayList<>();
        for (Layout layout : List.of(Layout.SCHOOL, Layout.CHILDCARE)) {
            RecordSet.read(plan, layout, problems).all().stream()
                    .filter(r -> !r.lines().has("coordinates"))
                    .forEach(r -> files.add(r.file()));
        }
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> note = new ArrayList<>();
        note.add(files.size() + (files.size() == 1 ? " record has" : " records have") + " no coordinates yet;"
                + " run the import again with --geocode, or write them by hand (coordinates: lat, lon):");
        files.forEach(file -> note.add("  " + file));
        return note;
    }
}
