package nl.ikcatlas.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.pipeline.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code build [DIR] [--out OUT]}: builds the site; on any problem the previous site stays as it was. */
@Command(name = "build", sortOptions = false,
        description = {"Builds the site of the atlas in DIR.",
            "When the input has problems, each is printed as file:line:column: message, nothing is "
                + "written and the exit code is 1; the site built before stays exactly as it was."})
final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AtlasFolder folder;

    @Option(names = "--out", paramLabel = "OUT", description = "the folder to write the site to (default: DIR/target/site)")
    private Path out;

    @Mixin
    private ProblemOutput output;

    @Mixin
    private JobsOption jobs;

    @Override
    public Integer call() {
        Path dir = folder.existing();
        int threads = jobs.jobs();
        output.format();
        Path target = out != null ? out : dir.resolve("target").resolve("site");
        long start = System.nanoTime();
        BuildReport report;
        try {
            report = AtlasPipeline.withJobs(threads).build(dir, target);
        } catch (OutputFolder.Refused refusal) {
            throw new ParameterException(spec.commandLine(), refusal.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.succeeded()) {
            output.write(report.problems(), "Build stopped: " + ProblemPrinter.count(report.problems().size())
                    + ". Nothing was written; " + target + " is unchanged.");
            return Main.INVALID_INPUT;
        }
        ReadabilityLines.print(output.humanOut(), report.readability());
        output.write(report.problems(), String.format(Locale.ROOT, "Built %d pages from %d records into %s in %.1f s.",
                report.pages(), report.records(), target, seconds));
        return Main.OK;
    }
}
