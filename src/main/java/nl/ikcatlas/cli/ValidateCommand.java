package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;

/** {@code validate [DIR]}: loads and checks the atlas without writing anything. */
final class ValidateCommand implements Command {
    static final String HELP = """
            Usage: java -jar ikc-atlas.jar validate [DIR]

            Checks every file of the atlas in DIR (default: the current folder) and prints each
            problem as file:line:column: message. Writes nothing. Exit code 0 when all is well,
            1 when there are problems.""";

    @Override
    public int run(PrintStream out, PrintStream err, String... args) {
        Arguments arguments = Arguments.parse(args, Set.of(), 1);
        if (arguments.help()) {
            out.println(HELP);
            return Main.OK;
        }
        if (arguments.error() != null) {
            err.println("ikc-atlas validate: " + arguments.error());
            err.println(HELP);
            return Main.USAGE;
        }
        Path dir = arguments.atlasDir();
        if (!Files.isDirectory(dir)) {
            err.println("ikc-atlas validate: the folder '" + dir + "' does not exist");
            return Main.USAGE;
        }
        BuildReport report = new AtlasPipeline().check(dir);
        if (!report.succeeded()) {
            ProblemPrinter.print(err, report.problems());
            err.println(ProblemPrinter.count(report.problems().size()) + " found.");
            return Main.INVALID_INPUT;
        }
        out.println("No problems found in " + report.records() + " records.");
        return Main.OK;
    }
}
