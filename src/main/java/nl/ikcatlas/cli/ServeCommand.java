package nl.ikcatlas.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.ikcatlas.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve [DIR] [--port N]}: the preview server, until Ctrl-C. */
@Command(name = "serve", sortOptions = false,
        description = {"Shows the atlas in DIR in the browser while you edit it.",
            "Builds the atlas and serves it on http://127.0.0.1:PORT/ (this computer only). Every save in data/, "
                + "content/ or templates/ rebuilds it and reloads the open pages; while the input has problems, "
                + "the pages show them. Ctrl-C stops the server."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AtlasFolder folder;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "the port to serve on, or the next free one when it is taken (default: 8080)")
    private int port;

    @Mixin
    private JobsOption jobs;

    private final Terminal terminal;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "the port must be a number from 0 to 65535");
        }
        Preview preview;
        try {
            preview = Preview.start(folder.existing(), port, jobs.jobs(), terminal.out());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "the preview could not start: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            terminal.out().println("Stopped.");
            stopped.countDown();
        }, "ikc-atlas-serve-stop"));
        terminal.out().println("Serving the atlas on " + preview.address() + " (Ctrl-C stops)");
        stopped.await();
        return Main.OK;
    }
}
