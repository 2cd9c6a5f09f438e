package nl.ikcatlas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.ContentLoader;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.view.SiteViews;
import nl.ikcatlas.view.monitor.ReportPage;
import nl.ikcatlas.print.ReportPdf;
import nl.ikcatlas.testing.SiteFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures how the report's PDF grows with its input: a report page made up directly (parts with a
 * heading, a paragraph with links and a compact table of levels, as in {@code rapport.html}) of a growing
 * number of table rows, styled with the shipped stylesheet, made into a PDF by {@link ReportPdf}. Each size
 * is twice the one before, so the time should roughly double from line to line (the "x prev" column near
 * 2, not 4); the time per PDF page should stay flat. Run it as described in the README (Report for the
 * council); the arguments are the numbers of rows (default 1000 2000 4000 8000).
 */
public final class ReportPdfBenchmark {
    private static final int ROWS_PER_PART = 60;
    private static final int THEMES = 12;

    private ReportPdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(".").toAbsolutePath().normalize();
        Path site = Files.createTempDirectory("ikc-atlas-report-bench-");
        SiteFiles.copyTree(repo.resolve("templates/assets"), site.resolve("assets"));
        boolean atlas = args.length > 0 && args[0].equals("atlas");
        String[] sizes = args.length == 0 ? new String[] {"1000", "2000", "4000", "8000"}
                : atlas ? Arrays.copyOfRange(args, 1, args.length) : args;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // once small, so the first size does not pay for loading classes and fonts
        Files.writeString(site.resolve("rapport.html"), page(100), StandardCharsets.UTF_8);
        new ReportPdf().write(site, "rapport.html", "rapport.pdf", LocalDate.of(2026, 11, 1));
        System.out.println("   rows   pages    pdf s   x prev   ms/page    cpu s");
        double previous = 0;
        for (String size : sizes) {
            int rows = atlas ? 0 : Integer.parseInt(size);
            if (atlas) {
                atlasReport(repo, Double.parseDouble(size), site);
            } else {
                Files.writeString(site.resolve("rapport.html"), page(rows), StandardCharsets.UTF_8);
            }
            System.gc();
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            new ReportPdf().write(site, "rapport.html", "rapport.pdf", LocalDate.of(2026, 11, 1));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            int pages;
            try (PDDocument pdf = Loader.loadPDF(site.resolve("rapport.pdf").toFile())) {
                pages = pdf.getNumberOfPages();
            }
            System.out.println(String.format(Locale.ROOT, "%7d  %6d  %7.1f  %7s  %8.1f  %7.1f", rows, pages, seconds,
                    previous == 0 ? "" : String.format(Locale.ROOT, "%.2f", seconds / previous),
                    seconds * 1000 / pages, cpu));
            previous = seconds;
        }
    }

    /** The real report of a synthetic atlas of national proportions, {@code factor} times national size. */
    private static void atlasReport(Path repo, double factor, Path site) throws IOException {
        Path dir = Files.createTempDirectory("ikc-atlas-report-bench-atlas-");
        Files.createDirectories(dir.resolve("data"));
        Files.copy(repo.resolve("data/atlas.yaml"), dir.resolve("data/atlas.yaml"));
        Files.copy(repo.resolve("data/instrument.yaml"), dir.resolve("data/instrument.yaml"));
        Instrument instrument = new AtlasLoader().load(repo, new Problems()).atlas().instrument();
        new SyntheticAtlas(instrument.themes().stream().map(Theme::id).toList(),
                instrument.levels().stream().map(AmbitionLevel::id).toList())
                .write(dir, SyntheticAtlas.Size.scaled(factor));
        Problems problems = new Problems();
        Atlas a = new AtlasLoader().load(dir, problems).atlas();
        var content = new ContentLoader(repo).load(problems);
        var page = new ReportPage(new SiteViews().context(a, content)).page();
        new SiteRenderer(repo.resolve("templates")).render(List.of(page), site, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.sorted().get(0).format());
        }
    }

    /** A report page of {@code rows} table rows, in parts of {@link #ROWS_PER_PART} rows. */
    public static String page(int rows) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>Rapport voor de gemeenteraad</title>
                <link rel="stylesheet" href="assets/atlas.css"></head>
                <body><main id="inhoud"><h1>Rapport voor de gemeenteraad</h1>
                <p class="report-running">IKC-atlas · Rapport voor de gemeenteraad · editie 1 november 2026</p>
                """);
        for (int part = 0; part * ROWS_PER_PART < rows; part++) {
            html.append("<section class=\"report-part\" aria-labelledby=\"deel-").append(part).append("\">\n<h2 id=\"deel-")
                    .append(part).append("\">Gebied ").append(part).append("</h2>\n<p>De kindcentra van gebied ")
                    .append(part).append(", met hun niveau per thema. Meer staat op <a href=\"https://example.org/")
                    .append(part).append("\">de website van het gebied</a>.</p>\n<table class=\"monitor compact\"><caption>")
                    .append("Niveaus in gebied ").append(part).append("</caption>\n<thead><tr><th scope=\"col\">Kindcentrum</th>");
            for (int t = 1; t <= THEMES; t++) {
                html.append("<th scope=\"col\">T").append(t).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (int row = part * ROWS_PER_PART; row < Math.min(rows, (part + 1) * ROWS_PER_PART); row++) {
                html.append("<tr><th scope=\"row\">Kindcentrum ").append(row).append("</th>");
                for (int t = 0; t < THEMES; t++) {
                    int level = 1 + (row * 7 + t * 3) % 5;
                    html.append("<td class=\"niveau-").append(level).append("\"><span class=\"visually-hidden\">Niveau ")
                            .append(level).append("</span><span aria-hidden=\"true\">").append(level)
                            .append("</span> <span aria-hidden=\"true\" class=\"change\">↑</span>")
                            .append("<span class=\"visually-hidden\">, hoger dan in 2024</span></td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n</section>\n");
        }
        return html.append("</main></body></html>\n").toString();
    }
}
