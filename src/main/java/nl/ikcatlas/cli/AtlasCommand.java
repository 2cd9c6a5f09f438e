package nl.ikcatlas.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The top of the command line. A new command is one class with picocli's {@code @Command}, implementing
 * {@code Callable<Integer>} (its exit code), listed in {@code subcommands} below; a constructor taking a
 * {@link Terminal} gets the output streams and the environment.
 */
@Command(name = "ikc-atlas", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Version.class, sortOptions = false, usageHelpAutoWidth = false,
        description = "Builds the IKC-atlas of a municipality from YAML records, Markdown pages and templates.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, InitCommand.class,
            ImportCommand.class, CompletionCommand.class,
            HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the input (each printed with file:line:column)", "2:wrong usage",
            "3:internal error of the tool (please report it)"})
final class AtlasCommand {
}
