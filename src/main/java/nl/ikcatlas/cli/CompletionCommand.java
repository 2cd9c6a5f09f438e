package nl.ikcatlas.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code completion}: prints the bash (and zsh) completion script, made from the commands themselves. */
@Command(name = "completion",
        description = {"Prints the shell completion script (bash and zsh).",
            "Define the command first, then load the script:",
            "  alias ikc-atlas='java -jar /path/to/ikc-atlas.jar'",
            "  source <(ikc-atlas completion)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final Terminal terminal;

    CompletionCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        terminal.out().print(AutoComplete.bash("ikc-atlas", spec.root().commandLine()));
        return Main.OK;
    }
}
