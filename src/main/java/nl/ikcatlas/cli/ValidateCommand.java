package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.util.Set;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;

/** {@code validate [DIR]}: loads and checks the atlas without writing anything. */
final class ValidateCommand implements Command {
    static final String HELP = """
            Usage: java -jar ikc-atlas.jar validate [DIR]

            Checks every file of the atlas in DIR (default: the current folder), as build does:
            the data, the content pages and the templates (every page is rendered and thrown away),
            and prints each problem as file:line:column: message. Writes nothing. Exit code 0 when all is well,
            1 when there are problems.""";

    @Override
    public int run(PrintStream out, PrintStream err, String... args) {
        Arguments arguments = Arguments.parse(args, Set.of(), 1);
        Integer stop = arguments.stopBeforeWork("validate", HELP, out, err);
        if (stop != null) {
            return stop;
        }
        BuildReport report = new AtlasPipeline().check(arguments.atlasDir());
        if (!report.succeeded()) {
            ProblemPrinter.print(err, report.problems());
            err.println(ProblemPrinter.count(report.problems().size()) + " found.");
            return Main.INVALID_INPUT;
        }
        out.println("No problems found in " + report.records() + " records.");
        return Main.OK;
    }
}
