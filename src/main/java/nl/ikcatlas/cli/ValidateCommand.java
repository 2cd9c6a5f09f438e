package nl.ikcatlas.cli;

import java.util.concurrent.Callable;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate [DIR]}: loads and checks the atlas without writing anything. */
@Command(name = "validate", sortOptions = false,
        description = {"Checks the atlas in DIR; writes nothing.",
            "Every problem is printed as file:line:column: message. Exit code 0 when all is well, "
                + "1 when there are problems."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private AtlasFolder folder;

    private final Terminal terminal;

    ValidateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        BuildReport report = new AtlasPipeline().check(folder.existing());
        if (!report.succeeded()) {
            ProblemPrinter.print(terminal.err(), report.problems());
            terminal.err().println(ProblemPrinter.count(report.problems().size()) + " found.");
            return Main.INVALID_INPUT;
        }
        terminal.out().println("No problems found in " + report.records() + " records.");
        return Main.OK;
    }
}
