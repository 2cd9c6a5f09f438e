package nl.ikcatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.ikcatlas.importer.Importer;
import nl.ikcatlas.importer.RegisterImport;
import nl.ikcatlas.importer.Registers;
import nl.ikcatlas.importer.geocode.Geocoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import REGISTER FILE [DIR]}: merges a register's export into the atlas's records. */
@Command(name = "import", sortOptions = false,
        description = {"Updates the atlas's records from a register's export.",
            "Reads FILE and takes the rows of the atlas's municipality: adds new records, changes what the register owns, keeps "
                + "every other line, and closes records the register no longer has. Prints every change."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REGISTER", description = "duo, lrk, cbs-wijken or postcodes")
    private String registerName;

    @Parameters(index = "1", paramLabel = "FILE", description = "the register's file, exactly as published")
    private String file;

    @Parameters(index = "2", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "the atlas (default: the current folder)")
    private Path dir;

    @Option(names = "--dry-run", description = "print the changes and write nothing")
    private boolean dryRun;

    @Option(names = "--geocode", description = "look up the coordinates of addresses in PDOK's Locatieserver")
    private boolean geocode;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the register's date, used for closing and renaming (default: the atlas's edition date)")
    private LocalDate date;

    @Option(names = "--locatieserver", paramLabel = "URL", description = "another Locatieserver for --geocode")
    private String locatieserver;

    private final Terminal terminal;

    ImportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        RegisterImport register = Registers.named(registerName).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown register '" + registerName + "'; use one of "
                        + String.join(", ", Registers.NAMES)));
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "the folder '" + dir + "' does not exist");
        }
        Geocoder geocoder = geocode ? Geocoder.at(locatieserver) : null;
        Importer.Outcome outcome = new Importer().run(register, Path.of(file), file, dir,
                new Importer.Options(dryRun, date, geocoder));
        return ImportLines.print(outcome, dryRun, terminal.out(), terminal.err());
    }
}
