package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/** The {@code ikc-atlas} command: dispatches to one class per subcommand. */
public final class Main {
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    private static final String USAGE_TEXT = """
            Usage: java -jar ikc-atlas.jar <command> [options]

            Commands:
              build [DIR] [--out OUT]   build the atlas in DIR (default: current folder) into OUT
                                        (default: DIR/target/site)
              validate [DIR]            check everything build checks; write nothing
              help                      show this text

            Run 'java -jar ikc-atlas.jar <command> --help' for a command's options.
            Exit codes: 0 ok, 1 problems in the input, 2 wrong usage, 3 internal error.""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line and returns the exit code; all output goes to {@code out} and {@code err}. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Map<String, Command> commands = Map.of("build", new BuildCommand(), "validate", new ValidateCommand());
        if (args.length == 0) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            out.println(USAGE_TEXT);
            return OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("ikc-atlas: unknown command '" + name + "'");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            return command.run(out, err, Arrays.copyOfRange(args, 1, args.length));
        } catch (RuntimeException e) {
            // Mistakes in the input are problems, never exceptions: this is a defect of the tool itself.
            err.println("ikc-atlas: internal error, please report it with this output: " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }
}
