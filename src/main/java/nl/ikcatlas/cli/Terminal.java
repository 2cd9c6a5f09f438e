package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.util.Map;

/** Where a command writes and the environment it reads; tests pass their own. */
record Terminal(PrintStream out, PrintStream err, Map<String, String> env) {
}
