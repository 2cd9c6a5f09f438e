package nl.ikcatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The positional arguments and {@code --option value} pairs of one subcommand, or why they are wrong. */
record Arguments(List<String> positional, Map<String, String> options, boolean help, String error) {

    static Arguments parse(String[] args, Set<String> valueOptions, int maxPositional) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Arguments(positional, options, true, null);
            }
            if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
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

    /** The atlas folder: the first positional argument, or the current folder. */
    Path atlasDir() {
        return Path.of(positional.isEmpty() ? "." : positional.get(0));
    }
}
