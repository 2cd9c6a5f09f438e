package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.pipeline.OutputFolder;

/** {@code build [DIR] [--out OUT]}: builds the site; on any problem the previous site stays as it was. */
final class BuildCommand implements Command {
    static final String HELP = """
            Usage: java -jar ikc-atlas.jar build [DIR] [--out OUT]

            Builds the atlas in DIR (a folder with data/, content/ and templates/; default: the
            current folder) into OUT (default: DIR/target/site). When the input has problems, each
            is printed as file:line:column: message, nothing is written and the exit code is 1;
            the site built before stays exactly as it was.""";

    @Override
    public int run(PrintStream out, PrintStream err, String... args) {
        Arguments arguments = Arguments.parse(args, Set.of("--out"), 1);
        Integer stop = arguments.stopBeforeWork("build", HELP, out, err);
        if (stop != null) {
            return stop;
        }
        Path dir = arguments.atlasDir();
        Path target = arguments.options().containsKey("--out") ? Path.of(arguments.options().get("--out"))
                : dir.resolve("target").resolve("site");
        Optional<String> refusal = OutputFolder.refusal(dir, target);
        if (refusal.isPresent()) {
            err.println("ikc-atlas build: " + refusal.get());
            return Main.USAGE;
        }
        long start = System.nanoTime();
        BuildReport report = new AtlasPipeline().build(dir, target);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.succeeded()) {
            ProblemPrinter.print(err, report.problems());
            err.println("Build stopped: " + ProblemPrinter.count(report.problems().size())
                    + ". Nothing was written; " + target + " is unchanged.");
            return Main.INVALID_INPUT;
        }
        ReadabilityLines.print(out, report.readability());
        out.println(String.format(Locale.ROOT, "Built %d pages from %d records into %s in %.1f s.",
                report.pages(), report.records(), target, seconds));
        return Main.OK;
    }
}
