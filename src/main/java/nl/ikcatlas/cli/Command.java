package nl.ikcatlas.cli;

import java.io.PrintStream;

/** One subcommand of the CLI. */
interface Command {
    int run(PrintStream out, PrintStream err, String... args);
}
