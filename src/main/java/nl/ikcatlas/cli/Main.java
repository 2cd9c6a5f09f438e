package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code ikc-atlas} command line: picocli dispatches to one class per command (see {@link AtlasCommand}). */
public final class Main {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line and returns the exit code; all output goes to {@code out} and {@code err}. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(new Terminal(out, err, System.getenv()), args);
    }

    /** As {@link #run(PrintStream, PrintStream, String...)}, with the environment given instead of read. */
    static int run(Terminal terminal, String... args) {
        CommandLine commandLine = commandLine(terminal);
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exitCode;
    }

    static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(AtlasCommand.class, new CommandFactory(terminal));
        commandLine.setOut(new PrintWriter(terminal.out(), true));
        commandLine.setErr(new PrintWriter(terminal.err(), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            // Mistakes in the input are problems, never exceptions: this is a defect of the tool itself.
            PrintWriter printer = command.getErr();
            printer.println("ikc-atlas: internal error, please report it with this output: " + e);
            e.printStackTrace(printer);
            printer.flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
    }
}
