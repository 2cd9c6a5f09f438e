package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The positional arguments and {@code --option value} pairs of one subcommand, or why they are wrong. */
record Arguments(List<String> positional, Map<String, String> options, boolean help, String error) {

    static Arguments parse(String[] args, Set<String> valueOptions, int maxPositional) {
        return parse(args, valueOptions, Set.of(), maxPositional);
    }

    /** As {@link #parse(String[], Set, int)}, with options that take no value ({@code --dry-run}), read as "true". */
    static Arguments parse(String[] args, Set<String> valueOptions, Set<String> flags, int maxPositional) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Arguments(positional, options, true, null);
            }
            if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (flags.contains(arg)) {
                    options.put(arg, "true");
                    continue;
                }
                if (!valueOptions.contains(name)) {
                    return failed("unknown option '" + name + "'");
                }
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.isEmpty()) {
                    return failed("the option " + name + " needs a value");
                }
                options.put(name, value);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() > maxPositional) {
            return failed("unexpected argument '" + positional.get(maxPositional) + "'");
        }
        return new Arguments(positional, options, false, null);
    }

    private static Arguments failed(String error) {
        return new Arguments(List.of(), Map.of(), false, error);
    }

    /**
     * The exit code when the command must stop before doing its work: after printing its help,
     * or on wrong usage (printed to {@code err}); null when the command can go on.
     */
    Integer stopBeforeWork(String command, String helpText, PrintStream out, PrintStream err) {
        if (help) {
            out.println(helpText);
            return Main.OK;
        }
        if (error != null) {
            err.println("ikc-atlas " + command + ": " + error);
            err.println(helpText);
            return Main.USAGE;
        }
        if (!Files.isDirectory(atlasDir())) {
            err.println("ikc-atlas " + command + ": the folder '" + atlasDir() + "' does not exist");
            return Main.USAGE;
        }
        return null;
    }

    /** The atlas folder: the first positional argument, or the current folder. */
    Path atlasDir() {
        return Path.of(positional.isEmpty() ? "." : positional.get(0));
    }
}
