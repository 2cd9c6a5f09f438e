package nl.ikcatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.importer.AtlasInit;
import nl.ikcatlas.importer.Importer;
import nl.ikcatlas.importer.geocode.Geocoder;

/** {@code init DIR --municipality CODE}: a new atlas folder, with the registers given imported. */
final class InitCommand implements Command {
    static final String HELP = """
            Usage: java -jar ikc-atlas.jar init DIR --municipality CODE [--name NAME] [--duo FILE]
                   [--lrk FILE] [--cbs-wijken FILE] [--geocode] [--locatieserver URL]

            Makes a new atlas in DIR (a new or empty folder) for the municipality with CBS number CODE
            (4 digits, like 0106): data/atlas.yaml, the default instrument, and the pages and
            templates. The municipality's name comes from the registers given (or --name). With
            --duo, --lrk and --cbs-wijken it imports those files straight away, as 'import' does.
            Prints what is still missing and how to fill it in.""";

    @Override
    public int run(PrintStream out, PrintStream err, String... args) {
        Arguments arguments = Arguments.parse(args, Set.of("--municipality", "--name", "--duo", "--lrk", "--cbs-wijken",
                "--locatieserver"), Set.of("--geocode"), 1);
        if (arguments.help()) {
            out.println(HELP);
            return Main.OK;
        }
        String code = arguments.options().get("--municipality");
        String error = arguments.error() != null ? arguments.error()
                : arguments.positional().isEmpty() ? "give the folder for the new atlas"
                : code == null || !code.matches("[0-9]{4}") ? "give the municipality's CBS number with --municipality, 4 digits like 0106"
                : null;
        if (error != null) {
            err.println("ikc-atlas init: " + error);
            err.println(HELP);
            return Main.USAGE;
        }
        Map<String, Path> registers = new LinkedHashMap<>();
        for (String register : new String[] {"duo", "lrk", "cbs-wijken"}) {
            if (arguments.options().containsKey("--" + register)) {
                registers.put(register, Path.of(arguments.options().get("--" + register)));
            }
        }
        Geocoder geocoder = arguments.options().containsKey("--geocode")
                ? Geocoder.at(arguments.options().get("--locatieserver")) : null;
        Path dir = Path.of(arguments.positional().get(0));
        AtlasInit.Outcome outcome;
        try {
            outcome = new AtlasInit().create(dir, code, arguments.options().get("--name"), registers, LocalDate.now(),
                    new Importer.Options(false, null, geocoder));
        } catch (IOException e) {
            err.println("ikc-atlas init: the atlas could not be written: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        if (!outcome.problems().isEmpty()) {
            ProblemPrinter.print(err, outcome.problems().sorted());
            err.println("Nothing was written.");
            return Main.INVALID_INPUT;
        }
        out.println("Made a new atlas for " + outcome.municipality() + " (GM" + code + ") in " + dir + ".");
        for (Map.Entry<String, Importer.Outcome> imported : outcome.imports().entrySet()) {
            out.println("Import " + imported.getKey() + ":");
            if (ImportLines.print(imported.getValue(), false, out, err) != Main.OK) {
                err.println("The new atlas was removed again.");
                return Main.INVALID_INPUT;
            }
        }
        out.println("Still to do:");
        outcome.missing().forEach(line -> out.println("- " + line));
        out.println("Then check the atlas with: java -jar ikc-atlas.jar validate " + dir);
        return Main.OK;
    }
}
