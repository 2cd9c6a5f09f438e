package nl.ikcatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import nl.ikcatlas.importer.Importer;
import nl.ikcatlas.importer.RegisterImport;
import nl.ikcatlas.importer.Registers;
import nl.ikcatlas.importer.geocode.Geocoder;

/** {@code import REGISTER FILE [DIR]}: merges a register's export into the atlas's records. */
final class ImportCommand implements Command {
    static final String HELP = """
            Usage: java -jar ikc-atlas.jar import duo|lrk|cbs-wijken FILE [DIR] [--dry-run] [--geocode]
                   [--date YYYY-MM-DD] [--locatieserver URL]

            Reads a register's export (FILE) and updates the records of the atlas in DIR (default: the
            current folder) with the rows of its municipality: adds new ones, changes what the register
            owns, keeps every other line, and closes records the register no longer has. Prints every
            change. --dry-run prints the changes and writes nothing. --geocode looks up the coordinates of
            addresses in PDOK's Locatieserver (or the server at --locatieserver). --date is the register's
            date, used for closing and renaming (default: the atlas's edition date).""";

    @Override
    public int run(PrintStream out, PrintStream err, String... args) {
        Arguments arguments = Arguments.parse(args, Set.of("--date", "--locatieserver"), Set.of("--dry-run", "--geocode"), 3);
        if (arguments.help()) {
            out.println(HELP);
            return Main.OK;
        }
        String error = arguments.error() != null ? arguments.error()
                : arguments.positional().size() < 2 ? "give the register and the file to import" : null;
        RegisterImport register = error != null ? null : Registers.named(arguments.positional().get(0)).orElse(null);
        if (error == null && register == null) {
            error = "unknown register '" + arguments.positional().get(0) + "'; use one of " + String.join(", ", Registers.NAMES);
        }
        Path dir = arguments.positional().size() > 2 ? Path.of(arguments.positional().get(2)) : Path.of(".");
        if (error == null && !Files.isDirectory(dir)) {
            error = "the folder '" + dir + "' does not exist";
        }
        LocalDate date = null;
        try {
            date = arguments.options().containsKey("--date") ? LocalDate.parse(arguments.options().get("--date")) : null;
        } catch (DateTimeParseException e) {
            error = "--date must be a date like 2026-10-01";
        }
        if (error != null) {
            err.println("ikc-atlas import: " + error);
            err.println(HELP);
            return Main.USAGE;
        }
        Geocoder geocoder = arguments.options().containsKey("--geocode")
                ? Geocoder.at(arguments.options().get("--locatieserver")) : null;
        String file = arguments.positional().get(1);
        boolean dryRun = arguments.options().containsKey("--dry-run");
        Importer.Outcome outcome = new Importer().run(register, Path.of(file), file, dir,
                new Importer.Options(dryRun, date, geocoder));
        return ImportLines.print(outcome, dryRun, out, err);
    }
}
