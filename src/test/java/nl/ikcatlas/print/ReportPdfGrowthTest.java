package nl.ikcatlas.print;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.ikcatlas.bench.ReportPdfBenchmark;
import nl.ikcatlas.testing.SiteFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's work grows with its input, counted instead of timed. PDFBox looks through a page's
 * marked-content sections each time it adds one, so that part of the work is the sum over the pages of
 * the square of their sections: twice the rows must give twice that sum (twice the pages of the same
 * density), not four times. The timed version of this is {@code bench/ReportPdfBenchmark}.
 */
class ReportPdfGrowthTest {
    @TempDir
    Path site;

    @Test
    void twiceTheRowsGivesTwiceThePagesAndTwiceTheScanningNotFourTimesWithFewSectionsAPage() throws IOException {
        SiteFiles.copyTree(Path.of("templates/assets"), site.resolve("assets"));
        Sections once = sections(150);
        Sections twice = sections(300);
        double pages = (double) twice.pages() / once.pages();
        double scans = (double) twice.scans() / once.scans();
        assertTrue(pages > 1.7 && pages < 2.3, "pages: " + once + " -> " + twice);
        assertTrue(scans > 1.7 && scans < 2.5, "scanning: " + once + " -> " + twice);
        // a full page holds about as many sections at either size (where a page breaks moves a few rows)
        assertTrue(twice.densest() < once.densest() * 1.25 && once.densest() < twice.densest() * 1.25,
                "sections on the fullest page: " + once + " -> " + twice);
        // a level cell is one abbreviation: about 3 sections a cell (the cell, its background, its text), not 11
        assertTrue(once.densest() < 60 * 13 * 4, "sections on the fullest page: " + once);
    }

    /** The pages of a report of {@code rows} table rows, the sum of the squares of their sections, and the most on one page. */
    private record Sections(int pages, long scans, int densest) {
    }

    private Sections sections(int rows) throws IOException {
        Files.writeString(site.resolve("rapport.html"), ReportPdfBenchmark.page(rows), StandardCharsets.UTF_8);
        new ReportPdf().write(site, "rapport.html", "rapport.pdf", LocalDate.of(2026, 11, 1));
        try (PDDocument pdf = Loader.loadPDF(site.resolve("rapport.pdf").toFile())) {
            long scans = 0;
            int densest = 0;
            for (PDPage page : pdf.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                int n = properties == null ? 0 : properties.size();
                scans += (long) n * n;
                densest = Math.max(densest, n);
            }
            return new Sections(pdf.getNumberOfPages(), scans, densest);
        }
    }
}
