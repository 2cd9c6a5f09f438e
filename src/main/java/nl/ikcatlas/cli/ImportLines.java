package nl.ikcatlas.cli;

import java.io.PrintStream;
import nl.ikcatlas.importer.Importer;

/** Prints an import's outcome: its changes and notes, or its problems. */
final class ImportLines {
    private ImportLines() {
    }

    static int print(Importer.Outcome outcome, boolean dryRun, PrintStream out, PrintStream err) {
        if (!outcome.succeeded()) {
            ProblemPrinter.print(err, outcome.problems());
            err.println("Import stopped: " + ProblemPrinter.count(outcome.problems().size()) + ". Nothing was written.");
            return Main.INVALID_INPUT;
        }
        outcome.report().lines().forEach(out::println);
        out.println(outcome.report().summary() + (dryRun ? " Dry run: nothing was written." : ""));
        outcome.notes().forEach(out::println);
        return Main.OK;
    }
}
