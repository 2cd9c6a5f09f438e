package nl.ikcatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.problem.Problems;

/**
 * Builds one synthetic atlas (a factor of 1 is national size) and prints, per kind of page, how many
 * there are and their median and largest size; run it as described in the README. With a second
 * argument, a folder, the built site is kept there to look at.
 */
public final class PageSizes {

    private PageSizes() {
    }

    public static void main(String[] args) throws IOException {
        double factor = args.length == 0 ? 1 : Double.parseDouble(args[0]);
        Path repo = Path.of(".").toAbsolutePath().normalize();
        Instrument instrument = new AtlasLoader().load(repo, new Problems()).atlas().instrument();
        SyntheticAtlas generator = new SyntheticAtlas(instrument.themes().stream().map(Theme::id).toList(),
                instrument.levels().stream().map(AmbitionLevel::id).toList());
        Path dir = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : Files.createTempDirectory("ikc-atlas-sizes-");
        BuildBenchmark.copyDefaults(repo, dir);
        generator.write(dir, SyntheticAtlas.Size.scaled(factor));
        BuildReport report = new AtlasPipeline().build(dir, dir.resolve("site"));
        if (!report.succeeded()) {
            report.problems().stream().limit(10).forEach(p -> System.out.println(p.format()));
            throw new IllegalStateException("the synthetic atlas did not build");
        }
        print(dir.resolve("site"));
        if (args.length <= 1) {
            BuildBenchmark.deleteTree(dir);
        }
    }

    /** Prints the sizes of the pages under {@code site}, grouped by {@link #kind}. */
    static void print(Path site) throws IOException {
        Map<String, List<Path>> byKind = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
                String path = site.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".html")) {
                    byKind.computeIfAbsent(kind(path), k -> new ArrayList<>()).add(file);
                }
            }
        }
        System.out.println("kind                    pages   median kB  largest kB  largest page");
        for (Map.Entry<String, List<Path>> e : byKind.entrySet()) {
            List<Long> sizes = new ArrayList<>();
            Path largest = null;
            long max = -1;
            for (Path p : e.getValue()) {
                long size = Files.size(p);
                sizes.add(size);
                if (size > max) {
                    max = size;
                    largest = p;
                }
            }
            sizes.sort(null);
            System.out.println(String.format(Locale.ROOT, "%-22s %6d %11.1f %11.1f  %s", e.getKey(), sizes.size(),
                    sizes.get(sizes.size() / 2) / 1000.0, max / 1000.0, site.relativize(largest)));
        }
        System.out.println(String.format(Locale.ROOT, "whole site: %.1f MB", total / 1e6));
    }

    /**
     * The kind of a page, from its path: a record's page, an overview list and its pages, the pages of a split
     * monitor, changes page or figures per area, an area's own list of places, or the page itself.
     */
    static String kind(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return path;
        }
        String folder = path.substring(0, slash);
        String rest = path.substring(slash + 1);
        if (folder.equals("zoeken")) {
            return rest.equals("index.html") ? "zoeken/index.html" : "zoeken/ (lists)";
        }
        if (folder.equals("monitor")) {
            return rest.startsWith("gebied/") ? "monitor/gebied/ (per area)" : "monitor/gebieden (figures)";
        }
        if (folder.equals("wijzigingen")) {
            return "wijzigingen/ (per area)";
        }
        if (folder.equals("gebieden") && rest.indexOf('/') > 0 && !rest.startsWith("pagina/")) {
            return "gebieden/ (places of an area)";
        }
        if (rest.equals("index.html") || rest.startsWith("pagina/")) {
            return folder + "/ (list)";
        }
        return folder + "/ (record)";
    }
}
