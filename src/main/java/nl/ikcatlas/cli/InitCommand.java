package nl.ikcatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.ikcatlas.importer.AtlasInit;
import nl.ikcatlas.importer.Importer;
import nl.ikcatlas.importer.geocode.Geocoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code init DIR --municipality CODE}: a new atlas folder, with the registers given imported. */
@Command(name = "init", sortOptions = false,
        description = {"Makes a new atlas for a municipality in DIR.",
            "DIR must be a new or empty folder; CODE is the municipality's CBS number. Writes data/atlas.yaml, the default instrument, and the pages and templates. The municipality's name "
                + "comes from the registers given (or --name). With --duo, --lrk and --cbs-wijken it imports those "
                + "files straight away, as 'import' does. Prints what is still missing and how to fill it in."})
final class InitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder for the new atlas (new or empty)")
    private Path dir;

    @Option(names = "--municipality", paramLabel = "CODE", required = true,
            description = "the municipality's CBS number, 4 digits like 0106")
    private String code;

    @Option(names = "--name", paramLabel = "NAME", description = "the municipality's name, when no register gives it")
    private String name;

    @Option(names = "--duo", paramLabel = "FILE", description = "DUO's file of all primary school locations")
    private Path duo;

    @Option(names = "--lrk", paramLabel = "FILE", description = "the childcare register's (LRK) open-data export")
    private Path lrk;

    @Option(names = "--cbs-wijken", paramLabel = "FILE", description = "PDOK's GeoJSON of the CBS wijken")
    private Path cbsWijken;

    @Option(names = "--geocode", description = "look up the coordinates of addresses in PDOK's Locatieserver")
    private boolean geocode;

    @Option(names = "--locatieserver", paramLabel = "URL", description = "another Locatieserver for --geocode")
    private String locatieserver;

    private final Terminal terminal;

    InitCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!code.matches("[0-9]{4}")) {
            throw new ParameterException(spec.commandLine(),
                    "give the municipality's CBS number with --municipality, 4 digits like 0106");
        }
        Map<String, Path> registers = new LinkedHashMap<>();
        if (duo != null) {
            registers.put("duo", duo);
        }
        if (lrk != null) {
            registers.put("lrk", lrk);
        }
        if (cbsWijken != null) {
            registers.put("cbs-wijken", cbsWijken);
        }
        Geocoder geocoder = geocode ? Geocoder.at(locatieserver) : null;
        AtlasInit.Outcome outcome;
        try {
            outcome = new AtlasInit().create(dir, code, name, registers, LocalDate.now(),
                    new Importer.Options(false, null, geocoder));
        } catch (IOException e) {
            terminal.err().println("ikc-atlas init: the atlas could not be written: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        if (!outcome.problems().isEmpty()) {
            ProblemPrinter.print(terminal.err(), outcome.problems().sorted());
            terminal.err().println("Nothing was written.");
            return Main.INVALID_INPUT;
        }
        terminal.out().println("Made a new atlas for " + outcome.municipality() + " (GM" + code + ") in " + dir + ".");
        for (Map.Entry<String, Importer.Outcome> imported : outcome.imports().entrySet()) {
            terminal.out().println("Import " + imported.getKey() + ":");
            if (ImportLines.print(imported.getValue(), false, terminal.out(), terminal.err()) != Main.OK) {
                terminal.err().println("The new atlas was removed again.");
                return Main.INVALID_INPUT;
            }
        }
        terminal.out().println("Still to do:");
        outcome.missing().forEach(line -> terminal.out().println("- " + line));
        terminal.out().println("Then check the atlas with: java -jar ikc-atlas.jar validate " + dir);
        return Main.OK;
    }
}
