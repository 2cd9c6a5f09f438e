package nl.ikcatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code [DIR]} argument that the commands share: the atlas folder, by default the current one. */
final class AtlasFolder {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "the atlas: a folder with data/, content/ and templates/ (default: the current folder)")
    private Path dir;

    /** The folder, which must exist: otherwise this is wrong usage. */
    Path existing() {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(command.commandLine(), "the folder '" + dir + "' does not exist");
        }
        return dir;
    }
}
