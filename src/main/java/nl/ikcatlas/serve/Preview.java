package nl.ikcatlas.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;

/**
 * The preview server: builds the atlas into a folder of its own, serves it on 127.0.0.1, rebuilds it on
 * every change to {@code data/}, {@code content/} or {@code templates/}, and has the open pages reload.
 * One pipeline is kept for all builds, so unchanged records and the parsed templates are reused.
 */
public final class Preview implements AutoCloseable {
    static final List<String> SOURCES = List.of("data", "content", "templates");
    /** How many ports after the one asked for are tried when it is taken. */
    private static final int PORTS_TRIED = 20;

    private final Path atlasDir;
    private final PrintStream out;
    private final Path workDir;
    private final Path site;
    private final AtlasPipeline pipeline;
    private final Object buildLock = new Object();
    private final ReloadEvents events = new ReloadEvents();
    private final ExecutorService requests;
    private volatile BuildOutcome latest;
    private HttpServer server;
    private SourceWatcher watcher;
    private boolean closed;

    private Preview(Path atlasDir, int jobs, PrintStream out) throws IOException {
        this.pipeline = AtlasPipeline.forRepeatedBuilds(jobs);
        this.atlasDir = atlasDir.toAbsolutePath().normalize();
        this.out = out;
        // a folder the preview makes, so it never replaces anything it did not write
        this.workDir = Files.createTempDirectory("ikc-atlas-serve-");
        this.site = workDir.resolve("site");
        this.requests = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "ikc-atlas-serve");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Builds the atlas in {@code atlasDir} and serves it on {@code port} of 127.0.0.1, or on the next free
     * port when that one is taken ({@code 0}: any free port). Progress and problems go to {@code out}.
     */
    public static Preview start(Path atlasDir, int port, PrintStream out) throws IOException {
        return start(atlasDir, port, AtlasPipeline.machineJobs(), out);
    }

    /** As above, rendering {@code jobs} pages at once. */
    public static Preview start(Path atlasDir, int port, int jobs, PrintStream out) throws IOException {
        Preview preview = new Preview(atlasDir, jobs, out);
        try {
            preview.build(Set.of());
            preview.server = bind(port);
            preview.server.setExecutor(preview.requests);
            preview.server.createContext("/", new SiteHandler(preview.site, () -> preview.latest, preview.events,
                    new ReportPdfOnRequest(preview.pipeline::writeReportPdf, preview.buildLock)));
            preview.server.start();
            preview.watcher = new SourceWatcher(preview.atlasDir, SOURCES, preview::build);
            return preview;
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
    }

    private static HttpServer bind(int port) throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        for (int tried = 0; ; tried++) {
            try {
                return HttpServer.create(new InetSocketAddress(loopback, port == 0 ? 0 : port + tried), 0);
            } catch (BindException e) {
                if (port == 0 || tried + 1 >= PORTS_TRIED || port + tried >= 65535) {
                    throw new BindException("no free port from " + port + " to " + (port + tried));
                }
            }
        }
    }

    /** The address of the home page. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The number of the latest build (the first is 1) and whether it failed. */
    BuildOutcome latest() {
        return latest;
    }

    /** The folder the site is built into and served from. */
    Path site() {
        return site;
    }

    InetSocketAddress boundTo() {
        return server.getAddress();
    }

    int listeners() {
        return events.listeners();
    }

    private void build(Set<Path> changed) {
        synchronized (buildLock) {
            if (changed.stream().anyMatch(path -> path.startsWith(atlasDir.resolve("templates")))) {
                pipeline.templatesChanged();
            }
            long start = System.nanoTime();
            BuildReport report;
            try {
                report = pipeline.build(atlasDir, site);
            } catch (RuntimeException e) {
                // a defect of the tool: say so, and keep serving what was built before
                out.println("ikc-atlas: internal error, please report it with this output: " + e);
                e.printStackTrace(out);
                return;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            int number = latest == null ? 1 : latest.number() + 1;
            if (report.succeeded()) {
                latest = new BuildOutcome(number, null);
                out.println(String.format(Locale.ROOT, "Built %d pages in %d ms%s.", report.pages(), millis, cause(changed)));
            } else {
                ProblemReport problems = ProblemReport.of(atlasDir, report.problems());
                latest = new BuildOutcome(number, problems);
                out.print(problems.text());
                out.println((problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                        + cause(changed) + "; the browser shows them until they are fixed.");
            }
        }
        events.built(latest.number());
    }

    private String cause(Set<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        // an editor may save through a temporary file: name a file that is there now
        Path shown = changed.stream().filter(Files::isRegularFile).findFirst().orElse(changed.iterator().next());
        String first = atlasDir.relativize(shown).toString().replace('\\', '/');
        return " after a change to " + first + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
    }

    /** Stops watching and serving, ends the open event streams and removes the preview's own folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // nothing is watched any more either way
        }
        events.close();
        if (server != null) {
            server.stop(0);
        }
        requests.shutdownNow();
        synchronized (buildLock) {
            deleteTree(workDir);
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the preview's folder " + root + " could not be removed", e);
        }
    }
}
