package nl.ikcatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
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
        Optional<List<String>> restart = JvmOptions.restart(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.home"), System.getProperty("java.class.path"), args);
        System.exit(restart.isPresent() ? runIn(restart.get(), args) : run(System.out, System.err, args));
    }

    /**
     * Runs {@code command} (the tool with {@code args} in a JVM of its own) with this one's input and output;
     * its exit code.
     */
    private static int runIn(List<String> command, String[] args) {
        try {
            Process jvm = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(jvm::destroy));
            return jvm.waitFor();
        } catch (IOException e) {
            // no JVM could be started: run here, with this JVM's settings
            return run(System.out, System.err, args);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERNAL_ERROR;
        }
    }

    /** Runs the command line and returns the exit code; all output goes to {@code out} and {@code err}. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(new Terminal(out, err, System.getenv()), args);
    }

    /** As {@link #run(PrintStream, PrintStream, String...)}, with the environment given instead of read. */
    static int run(Terminal terminal, String... args) {
        CommandLine commandLine = commandLine(terminal);
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            terminal.err().println(outOfMemoryMessage(List.of(args)));
            exitCode = INTERNAL_ERROR;
        }
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
            if (outOfMemory(e)) {
                printer.println(outOfMemoryMessage(parsed.originalArgs()));
                printer.flush();
                return INTERNAL_ERROR;
            }
            printer.println("ikc-atlas: internal error, please report it with this output: " + e);
            e.printStackTrace(printer);
            printer.flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** A build that ran out of memory has published nothing: the output folder is as it was. */
    static String outOfMemoryMessage(List<String> args) {
        return "ikc-atlas: the atlas needs more memory than this Java may use (" + Runtime.getRuntime().maxMemory()
                / (1024 * 1024) + " MiB), so the site was not changed. Run it again with more, for example: java -Xmx4g"
                + " -jar ikc-atlas.jar " + String.join(" ", args);
    }
}
