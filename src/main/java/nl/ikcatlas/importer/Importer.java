package nl.ikcatlas.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.importer.geocode.Geocoder;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;

/** Runs one import: register file -> plan -> (coordinates) -> written records, or problems and nothing written. */
public final class Importer {

    /**
     * @param date     the register's date, for closing and renaming; null: the atlas's edition date
     * @param geocoder looks up coordinates of records without them; null: none are looked up
     */
    public record Options(boolean dryRun, LocalDate date, Geocoder geocoder) {
    }

    /** The problems (then nothing was written), or the change report and notes on what is still missing. */
    public record Outcome(List<Problem> problems, ChangeReport report, List<String> notes) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public Outcome run(RegisterImport register, Path file, String fileName, Path atlasDir, Options options) {
        Problems problems = new Problems();
        AtlasFile atlas = AtlasFile.read(atlasDir, problems).orElse(null);
        if (!Files.isRegularFile(file)) {
            problems.add(Position.startOf(fileName), "the file does not exist", "give the path of the register's export");
        }
        if (atlas == null || !problems.isEmpty()) {
            return failed(problems);
        }
        ImportPlan plan = new ImportPlan(atlasDir, options.date() != null ? options.date() : atlas.edition());
        register.read(file, fileName, atlas, plan, problems);
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        atlas.ensureSource(plan, register.source());
        List<String> notes = new ArrayList<>();
        if (options.geocoder() != null) {
            notes.addAll(options.geocoder().fill(plan, problems));
        }
        notes.addAll(Missing.coordinates(plan, problems));
        if (!problems.isEmpty()) {
            return failed(problems);
        }
        if (!options.dryRun()) {
            try {
                plan.commit();
            } catch (IOException e) {
                problems.add(Position.startOf(AtlasFile.NAME), "the records could not be written: " + e.getMessage());
                return failed(problems);
            }
        }
        return new Outcome(List.of(), plan.report(), notes);
    }

    private static Outcome failed(Problems problems) {
        return new Outcome(problems.sorted(), new ChangeReport(), List.of());
    }
}
