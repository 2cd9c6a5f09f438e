package nl.ikcatlas.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's PDF is made again only when what it is made from changed since the last build of that output. */
class ReportPdfReuseTest {
    private static final LocalDate EDITION = LocalDate.of(2026, 11, 1);
    private static final String PAGE = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Rapport</title>
            <link rel="stylesheet" href="assets/atlas.css"></head>
            <body><main><h1>Rapport</h1><p>%s</p></main></body></html>
            """;

    @TempDir
    Path dir;

    private Path site(String name, String text, String css) throws IOException {
        Path site = dir.resolve(name);
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("rapport.html"), PAGE.formatted(text), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("assets/atlas.css"), css, StandardCharsets.UTF_8);
        return site;
    }

    private static boolean write(Path previous, Path site) throws IOException {
        return new ReportPdf().write(previous, site, "rapport.html", "rapport.pdf", EDITION);
    }

    @Test
    void theSecondBuildOfTheSameInputReusesThePdfAndAChangeMakesItAgain() throws IOException {
        Path first = site("eerste", "Twee kindcentra.", "p { color: #111111; }");
        assertFalse(write(dir.resolve("nog-niet-gebouwd"), first), "nothing to reuse in the first build");
        byte[] pdf = Files.readAllBytes(first.resolve("rapport.pdf"));
        assertTrue(Files.readString(first.resolve(".rapport.pdf.input")).matches("[0-9a-f]{64} [0-9a-f]{64}\n"));

        Path second = site("tweede", "Twee kindcentra.", "p { color: #111111; }");
        assertTrue(write(first, second), "same page and stylesheet: reused");
        assertArrayEquals(pdf, Files.readAllBytes(second.resolve("rapport.pdf")));
        assertEquals(Files.readString(first.resolve(".rapport.pdf.input")), Files.readString(second.resolve(".rapport.pdf.input")));

        assertFalse(write(first, site("andere-css", "Twee kindcentra.", "p { color: #990000; }")), "the stylesheet changed");
        Path otherText = site("andere-tekst", "Drie kindcentra.", "p { color: #111111; }");
        assertFalse(write(first, otherText), "the page changed");
        try (PDDocument made = Loader.loadPDF(otherText.resolve("rapport.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(made).contains("Drie kindcentra."));
        }
        assertFalse(new ReportPdf().write(first, site("andere-editie", "Twee kindcentra.", "p { color: #111111; }"),
                "rapport.html", "rapport.pdf", EDITION.plusDays(1)), "another edition");
    }

    @Test
    void aPdfChangedSinceItWasMadeIsMadeAgain() throws IOException {
        Path first = site("eerste", "Twee kindcentra.", "p { color: #111111; }");
        write(null, first);
        byte[] pdf = Files.readAllBytes(first.resolve("rapport.pdf"));
        Files.write(first.resolve("rapport.pdf"), "%PDF-1.7 anders".getBytes(StandardCharsets.US_ASCII));
        Path second = site("tweede", "Twee kindcentra.", "p { color: #111111; }");
        assertFalse(write(first, second));
        assertArrayEquals(pdf, Files.readAllBytes(second.resolve("rapport.pdf")), "made again, the same as the first");
    }
}
