package nl.ikcatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started without memory options, the tool runs itself in a JVM with its own; otherwise it runs where it is. */
class JvmOptionsTest {
    private static final String[] ARGS = {"build", "atlas", "--out", "site"};

    @Test
    void plainJavaJarStartsTheToolInAJvmWithItsOptions(@TempDir Path dir) {
        Path jar = dir.resolve("ikc-atlas.jar");
        assertEquals(Optional.of(List.of("/jdk/bin/java", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                        "-Dikc.atlas.jvm=started", "-cp", jar.toString(),
                        "nl.ikcatlas.cli.Main", "build", "atlas", "--out", "site")),
                JvmOptions.restart(List.of(), "/jdk", jar.toString(), ARGS));
    }

    @Test
    void theClassDataSharingArchiveBesideTheJarIsUsed(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("ikc-atlas.jar");
        Path archive = Files.createFile(dir.resolve("ikc-atlas.jsa"));
        List<String> command = JvmOptions.restart(List.of("-Dfile.encoding=UTF-8"), "/jdk", jar.toString(), ARGS)
                .orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                "-Dikc.atlas.jvm=started", "-XX:SharedArchiveFile=" + archive,
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", jar.toString(), "nl.ikcatlas.cli.Main",
                "build", "atlas", "--out", "site"), command);
    }

    @Test
    void aJvmWithMemoryOptionsOrStartedByTheToolRunsTheToolItself() {
        for (String option : List.of("-Xmx4g", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50", "-Dikc.atlas.jvm=started")) {
            assertEquals(Optional.empty(), JvmOptions.restart(List.of(option), "/jdk", "/x/ikc-atlas.jar", ARGS), option);
        }
    }

    @Test
    void aClassPathOfFoldersOrSeveralEntriesIsNotAToolStartedFromItsJar() {
        assertEquals(Optional.empty(), JvmOptions.restart(List.of(), "/jdk", "target/classes", ARGS));
        assertEquals(Optional.empty(), JvmOptions.restart(List.of(), "/jdk", "a.jar" + java.io.File.pathSeparator + "b.jar",
                ARGS));
    }

    @Test
    void theLauncherAndTheExampleBuildPassTheSameOptions() throws IOException {
        String launcher = Files.readString(Path.of("src/main/launcher/ikc-atlas"));
        String pom = Files.readString(Path.of("pom.xml"));
        String options = String.join(" ", JvmOptions.OPTIONS);
        assertEquals(2, launcher.split("exec \"\\$java\" " + options.replace("+", "\\+") + " ", -1).length - 1, launcher);
        String arguments = JvmOptions.OPTIONS.stream().map(o -> "<argument>" + o + "</argument>\n")
                .collect(java.util.stream.Collectors.joining("                "));
        assertTrue(pom.contains(arguments + "                <argument>-XX:ArchiveClassesAtExit"),
                "the example build in pom.xml runs with " + options);
    }

    @Test
    void runningOutOfMemoryIsAPlainMessageWithTheCommandToRunInstead() {
        String message = Main.outOfMemoryMessage(List.of("build", "atlas"));
        assertTrue(message.matches("ikc-atlas: the atlas needs more memory than this Java may use \\(\\d+ MiB\\), so the"
                + " site was not changed\\. Run it again with more, for example: java -Xmx4g -jar ikc-atlas\\.jar build"
                + " atlas"), message);
    }
}
