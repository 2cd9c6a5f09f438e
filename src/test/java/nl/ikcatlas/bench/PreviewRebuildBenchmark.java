package nl.ikcatlas.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.serve.Preview;
import nl.ikcatlas.testing.SiteFiles;

/**
 * How long the preview takes to rebuild after one edited record: copies the shipped atlas (data/, content/,
 * templates/ of this repository) to a temporary folder, starts the preview on it and saves one school record
 * again and again, each time waiting for the rebuild. Prints the time of each rebuild as the preview reports it,
 * and the CPU time the whole process used from the save until the rebuild was done (all threads, garbage
 * collection included), which a busy machine changes less than the wall clock.
 * Run: {@code java -cp "target/test-classes:target/classes:target/lib/*" nl.ikcatlas.bench.PreviewRebuildBenchmark 20}
 */
public final class PreviewRebuildBenchmark {
    private static final Pattern BUILT = Pattern.compile("Built \\d+ pages in (\\d+) ms");

    private PreviewRebuildBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path atlas = Files.createTempDirectory("ikc-atlas-bench-");
        for (String folder : List.of("data", "content", "templates")) {
            SiteFiles.copyTree(Path.of(folder), atlas.resolve(folder));
        }
        Path record;
        try (var files = Files.list(atlas.resolve("data/schools"))) {
            record = files.sorted().findFirst().orElseThrow();
        }
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        List<Integer> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (Preview preview = Preview.start(atlas, 0, new PrintStream(terminal, true, StandardCharsets.UTF_8))) {
            for (int i = 0; i < edits; i++) {
                int before = count(terminal);
                long cpu = os.getProcessCpuTime();
                String text = Files.readString(record);
                Files.writeString(record, text.replaceFirst("(?m)^name: (.*?)( \\d+)?$", "name: $1 " + i));
                while (count(terminal) == before) {
                    Thread.sleep(5);
                }
                Matcher last = BUILT.matcher(terminal.toString(StandardCharsets.UTF_8));
                int ms = 0;
                while (last.find()) {
                    ms = Integer.parseInt(last.group(1));
                }
                millis.add(ms);
                cpuMillis.add((os.getProcessCpuTime() - cpu) / 1_000_000);
                System.out.println("rebuild " + (i + 1) + ": " + ms + " ms, CPU " + cpuMillis.get(i) + " ms");
            }
        }
        List<Integer> sorted = millis.stream().sorted().toList();
        List<Long> cpuSorted = cpuMillis.stream().sorted().toList();
        System.out.println(String.format(Locale.ROOT,
                "%d rebuilds of %s: median %d ms (fastest %d, slowest %d), median CPU %d ms (%d to %d)",
                sorted.size(), atlas.relativize(record), sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), cpuSorted.get(cpuSorted.size() / 2), cpuSorted.get(0),
                cpuSorted.get(cpuSorted.size() - 1)));
        try (var walk = Files.walk(atlas)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int count(ByteArrayOutputStream terminal) {
        return (int) BUILT.matcher(terminal.toString(StandardCharsets.UTF_8)).results().count();
    }
}
