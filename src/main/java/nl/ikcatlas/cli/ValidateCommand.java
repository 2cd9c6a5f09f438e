package nl.ikcatlas.cli;

import java.util.concurrent.Callable;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate [DIR]}: loads and checks the atlas without writing anything. */
@Command(name = "validate", sortOptions = false,
        description = {"Checks the atlas in DIR; writes nothing.",
            "Checks every file as build does: the data, the content pages and the templates (every page is "
                + "rendered and thrown away). Every problem is printed as file:line:column: message. Exit code 0 "
                + "when all is well, 1 when there are problems."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private AtlasFolder folder;

    @Mixin
    private ProblemOutput output;

    @Override
    public Integer call() {
        output.format();
        BuildReport report = new AtlasPipeline().check(folder.existing());
        output.write(report.problems(), report.succeeded() ? "No problems found in " + report.records() + " records."
                : ProblemPrinter.count(report.problems().size()) + " found.");
        return report.succeeded() ? Main.OK : Main.INVALID_INPUT;
    }
}
