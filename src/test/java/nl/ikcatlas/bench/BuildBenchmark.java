package nl.ikcatlas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.SiteFiles;

/**
 * Measures whole builds of synthetic atlases of growing size; run it as described in the README.
 * A factor of 1 is national size (about 45,000 records and pages). Time per page should stay flat
 * as the size grows: nothing in the build may grow quadratically. Besides the wall-clock time it prints
 * the CPU time of the whole process (all threads, garbage collection included), which is steadier than the
 * wall clock on a shared machine, and the most heap in use at any time during the build.
 */
public final class BuildBenchmark {

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(".").toAbsolutePath().normalize();
        Instrument instrument = new AtlasLoader().load(repo, new Problems()).atlas().instrument();
        SyntheticAtlas generator = new SyntheticAtlas(instrument.themes().stream().map(Theme::id).toList(),
                instrument.levels().stream().map(AmbitionLevel::id).toList());
        String[] factors = args.length == 0 ? new String[] {"0.1", "0.3", "1"} : args;
        // -Djobs=N: how many pages are rendered at once (default: one per processor)
        int jobs = Integer.getInteger("jobs", AtlasPipeline.machineJobs());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("records    pages   build s   ms/page     cpu s  peak heap MB  heap after MB");
        for (String factor : factors) {
            SyntheticAtlas.Size size = SyntheticAtlas.Size.scaled(Double.parseDouble(factor));
            Path dir = Files.createTempDirectory("ikc-atlas-bench-");
            copyDefaults(repo, dir);
            generator.write(dir, size);
            System.gc();
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            BuildReport report = AtlasPipeline.withJobs(jobs).build(dir, dir.resolve("site"));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
            if (!report.succeeded()) {
                report.problems().stream().limit(10).forEach(p -> System.out.println(p.format()));
                throw new IllegalStateException("the synthetic atlas did not build");
            }
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.println(String.format(Locale.ROOT, "%7d  %7d  %8.1f  %8.3f  %8.1f  %12d  %13d", size.records(),
                    report.pages(), seconds, seconds * 1000 / report.pages(), cpu, peak, heap));
            deleteTree(dir);
        }
    }

    /** Copies the settings, instrument, content and templates of the atlas at {@code repo} into {@code dir}. */
    static void copyDefaults(Path repo, Path dir) throws IOException {
        copy(repo.resolve("data/atlas.yaml"), dir.resolve("data/atlas.yaml"));
        copy(repo.resolve("data/instrument.yaml"), dir.resolve("data/instrument.yaml"));
        SiteFiles.copyTree(repo.resolve("content"), dir.resolve("content"));
        SiteFiles.copyTree(repo.resolve("templates"), dir.resolve("templates"));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
