package nl.ikcatlas.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM the tool runs in. Started with plain {@code java -jar} and no memory option, a JVM may take a
 * quarter of the machine's memory, and while building a large atlas it grows its heap far beyond what the
 * build holds (a national atlas holds about 300 MiB but grew to over 2 GiB). So when the JVM was given no
 * memory option, the tool starts itself once more in a JVM with {@link #OPTIONS} (and the class-data-sharing
 * archive made at {@code package} time, when it lies beside the jar), passes on its arguments, input and
 * output, and ends with that JVM's exit code. The launcher script passes the same options itself.
 */
final class JvmOptions {
    /** Set in the JVM the tool started itself in, so it never starts another. */
    static final String STARTED = "-Dikc.atlas.jvm=started";
    /**
     * A heap of 1 GiB holds a national atlas with room to render on every core; a build is short, so the quick
     * compiler alone costs less CPU than the JVM's defaults (a third less for the shipped atlas); the parallel
     * collector copies the records that survive while a large atlas is read and indexed on every core instead of
     * one (a national build took a fifth less time than with the serial collector, in the same memory).
     */
    static final List<String> OPTIONS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    private static final List<String> MEMORY = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM", "-Dikc.atlas.jvm=");
    private static final String ARCHIVE = "ikc-atlas.jsa";

    private JvmOptions() {
    }

    /**
     * The command that runs the tool with {@code args} in a JVM with the tool's options, or empty when this
     * JVM already has memory options ({@code jvmArguments}) or was not started from a jar.
     */
    static Optional<List<String>> restart(List<String> jvmArguments, String javaHome, String classPath, String[] args) {
        boolean chosen = jvmArguments.stream().anyMatch(a -> MEMORY.stream().anyMatch(a::startsWith));
        if (chosen || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path java = Path.of(javaHome, "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(OPTIONS);
        command.add(STARTED);
        Path archive = Path.of(classPath).toAbsolutePath().resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return Optional.of(command);
    }
}
