package nl.ikcatlas.print;

import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteViews;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the tiny atlas's report with the real templates and checks its PDF: sections, text, charts. */
class ReportPdfTest {
    private static final List<String> SECTIONS = List.of("Over dit rapport", "Niveaus per kindcentrum",
            "Aantal kindcentra per niveau", "Belangstelling voor een IKC", "Cijfers per gebied", "Wat is er veranderd?",
            "Bronnen");

    /**
     * The valid site with the instrument of five levels, a kindcentrum assessed in three years and one not
     * assessed, and a kern (Rand) without toddler figures.
     */
    private static final TinySite SITE = TinySite.valid().with(TinySite.FIVE_LEVELS).with("""
            -- data/areas/rand.yaml --
            id: rand
            name: Rand
            kind: kern
            source: duo
            -- data/schools/het-palet.yaml --
            id: het-palet
            vestigingscode: 17AB01
            name: Het Palet
            board: bestuur
            address: Randweg 1
            postcode: 2665 AA
            place: Rand
            coordinates: {lat: 52.1, lon: 4.6}
            area: rand
            denomination: Openbaar
            source: duo
            -- data/kindcentra/mfa-rand.yaml --
            id: mfa-rand
            name: MFA Rand
            area: rand
            schools: [het-palet]
            scenario: mfa
            lead: opvang
            interest: 2
            housing:
              situation: loopafstand
            source: voorbeeld
            """);

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Problems problems = new Problems();
        new SiteRenderer(Path.of("templates")).render(new SiteViews().build(SITE.load(), List.of()).pages(), out, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        new ReportPdf().write(out, SiteViews.report().html(), SiteViews.report().pdf(),
                java.time.LocalDate.of(2026, 11, 1));
    }

    @Test
    void theReportPageHasItsPartsInOrderWithTheirHeadings() {
        Document html = Jsoup.parse(read(out, "rapport.html"));
        assertEquals(SECTIONS, html.select("main section > h2").eachText());
        assertEquals(List.of("Over dit rapport", "Niveaus per kindcentrum", "Aantal kindcentra per niveau",
                "Belangstelling voor een IKC", "Cijfers per gebied", "Wat is er veranderd?", "Bronnen"),
                html.select("ol.report-contents a").eachText());
        assertEquals("rapport.pdf", html.selectFirst("main a[href$=.pdf]").attr("href"));
        String page = read(out, "rapport.html");
        assertTrue(page.contains("<td class=\"niveau-3\"><span class=\"visually-hidden\">Hand in hand (3)</span>"
                + "<span aria-hidden=\"true\">3</span> <span aria-hidden=\"true\" class=\"change\">↑</span>"
                + "<span class=\"visually-hidden\">, hoger dan in 2024</span></td>"), page);
        assertTrue(page.contains("<li><span class=\"code\">T2</span> Kwaliteitsbeleid</li>"), page);
        assertTrue(page.contains("<th scope=\"col\"><abbr title=\"Bestuurlijke samenwerking\">T1</abbr></th>"), page);
        assertTrue(page.contains("<caption id=\"gebieden-plekken\">Scholen, opvang en kindcentra per gebied</caption>"), page);
        assertTrue(page.contains("<caption id=\"gebieden-peuters\">Peuters (2 tot 4 jaar) per gebied</caption>"), page);
        assertTrue(page.contains("<tr><th scope=\"row\"><a href=\"gebieden/rand.html\">Rand</a></th>"
                + "<td>Niet bekend</td><td>Niet bekend</td><td></td></tr>"), "no toddler figures: " + page);
        assertTrue(page.contains("<caption id=\"rapport-plannen\">Plannen per kindcentrum</caption>"), page);
        // a small atlas: the themes that moved are listed under each assessment
        assertTrue(page.contains("<ul><li>Bestuurlijke samenwerking: hoger"), page);
        assertTrue(page.contains("<p class=\"report-running\">IKC-atlas Testdorp · Rapport voor de gemeenteraad"
                + " · editie 1 november 2026</p>"), page);
    }

    @Test
    void thePdfHasABookmarkPerSectionInOrderAndNoPageLessThanHalfUsedExceptByDesign() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("rapport.pdf").toFile())) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage page = ((PDPageDestination) item.getDestination()).getPage();
                pages.add(pdf.getPages().indexOf(page));
            }
            assertEquals(SECTIONS, titles);
            // the parts in order; only the levels of the kindcentra start a new page, the others follow on
            for (int i = 1; i < SECTIONS.size(); i++) {
                assertTrue(pages.get(i) >= pages.get(i - 1), () -> "pages of the sections: " + pages);
            }
            assertEquals(pages.get(0) + 1, pages.get(1), "the levels start the second page");
            assertEquals(List.of(), PageFill.halfEmpty(pdf, List.of("Niveaus per kindcentrum")),
                    () -> "pages less than half used (from 0): " + fillOf(pdf));
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), "A4 height in points");
            assertEquals("Rapport voor de gemeenteraad - IKC-atlas Testdorp", pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged for screen readers");
        }
    }

    @Test
    void theTextIsExtractableWithPageNumbersNamesAndLevels() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("rapport.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertTrue(text.contains("Rapport voor de gemeenteraad"), text);
            assertTrue(text.contains("Pagina 1 van " + pages), text);
            assertTrue(text.contains("Pagina " + pages + " van " + pages), text);
            for (String name : List.of("Kindcentrum De School", "MFA Rand", "Noord", "Hand in hand (3)",
                    "Bestuurlijke samenwerking")) {
                assertTrue(text.contains(name), name + " in\n" + text);
            }
            // the contents list gives the page of each part
            Matcher m = Pattern.compile("Aantal kindcentra per niveau\\s*\\.+\\s*(\\d+)").matcher(text);
            assertTrue(m.find(), text);
        }
    }

    @Test
    void theChartIsDrawnInTheLevelColours() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("rapport.pdf").toFile())) {
            int chartPage = -1;
            for (int i = 0; i < pdf.getNumberOfPages() && chartPage < 0; i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i + 1);
                page.setEndPage(i + 1);
                if (page.getText(pdf).contains("Aantal kindcentra per niveau, per thema")) {
                    chartPage = i;
                }
            }
            assertTrue(chartPage >= 0, "a page with the chart");
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(chartPage, 100);
            assertTrue(pixels(image, 0x94c2e3) > 1000, "bars of level 3 (Hand in hand) are drawn");
        }
    }

    @Test
    void linksToOtherPagesAndScreenOnlyPartsAreLeftOutOfThePdf() throws IOException {
        Document doc = Jsoup.parse("<html><head><title>t</title></head><body><main><section><h2 id=\"a\">A</h2>"
                + "<p><a href=\"kindcentra/de-bron.html\">IKC De Bron</a> <a href=\"#a\">boven</a>"
                + " <a href=\"https://duo.nl/\">DUO</a></p><p class=\"screen-only\">Ook als PDF</p><svg><title>Grafiek</title></svg></section></main></body></html>");
        ReportPdf.prepare(doc);
        assertEquals("<p>IKC De Bron <a href=\"#a\" title=\"boven\">boven</a> <a href=\"https://duo.nl/\" title=\"DUO\">DUO</a></p>",
                doc.selectFirst("p").outerHtml());
        assertEquals("<bookmarks><bookmark name=\"A\" href=\"#a\"></bookmark></bookmarks>",
                doc.selectFirst("bookmarks").outerHtml().replaceAll("\\s*\n\\s*", ""));
        assertEquals("Grafiek", doc.selectFirst("svg").attr("alt"));
        assertEquals(1, doc.select("p").size(), "what is only for the screen is left out");
        assertFalse(Files.exists(out.resolve("kindcentra/de-bron.pdf")));
        Document cell = Jsoup.parse("<table><tr><td class=\"niveau-3\"><span class=\"visually-hidden\">Hand in hand (3)</span>"
                + "<span aria-hidden=\"true\">3</span> <span aria-hidden=\"true\" class=\"change\">↑</span>"
                + "<span class=\"visually-hidden\">, hoger dan in 2024</span></td></tr></table>");
        ReportPdf.prepare(cell);
        assertEquals("<td class=\"niveau-3\"><abbr title=\"Hand in hand (3), hoger dan in 2024\">3 ↑</abbr></td>",
                cell.selectFirst("td").outerHtml());
    }

    private static List<Double> fillOf(PDDocument pdf) {
        try {
            return PageFill.of(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many pixels are within a few steps of {@code rgb}. */
    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) < 6 && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) < 6
                        && Math.abs((p & 255) - (rgb & 255)) < 6) {
                    count++;
                }
            }
        }
        return count;
    }
}
