package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.util.List;
import nl.ikcatlas.problem.Problem;

/** Prints problems one per line (with an indented hint line where there is one). */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(PrintStream err, List<Problem> problems) {
        problems.forEach(problem -> err.println(problem.format()));
    }

    static String count(int problems) {
        return problems == 1 ? "1 problem" : problems + " problems";
    }
}
