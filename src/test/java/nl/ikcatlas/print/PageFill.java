package nl.ikcatlas.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * How much of each page of a PDF is used: the page drawn as an image, its text area (the A4 page within
 * the report's margins, without the footer line) cut into bands of about a line of text, and the share of
 * those bands with ink in them. Space between paragraphs counts as unused, so a page of text is not quite 1.
 */
public final class PageFill {
    /** The report's page margins (atlas.css, {@code @page}) in points: top 18 mm, bottom 20 mm. */
    private static final float TOP = 18 / 25.4f * 72;
    private static final float BOTTOM = 20 / 25.4f * 72;
    private static final float DPI = 36;
    /** About a line of text, in points: a band with any ink in it is used. */
    private static final float BAND = 14;

    private PageFill() {
    }

    /**
     * The pages (from 0) less than half used, except by design: the last page, and a page after which a part
     * starts on a new page (the first page of {@code newPageParts}, bookmark titles).
     */
    public static List<Integer> halfEmpty(PDDocument pdf, List<String> newPageParts) throws IOException {
        List<Integer> byDesign = new ArrayList<>(List.of(pdf.getNumberOfPages() - 1));
        for (var item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (newPageParts.contains(item.getTitle())) {
                var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) item.getDestination();
                byDesign.add(pdf.getPages().indexOf(destination.getPage()) - 1);
            }
        }
        List<Double> fill = of(pdf);
        List<Integer> half = new ArrayList<>();
        for (int i = 0; i < fill.size(); i++) {
            if (fill.get(i) < 0.5 && !byDesign.contains(i)) {
                half.add(i);
            }
        }
        return half;
    }

    /** Per page, from 0 (nothing on it) to 1 (used down to the bottom margin). */
    public static List<Double> of(PDDocument pdf) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<Double> fill = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, DPI);
            int top = Math.round(TOP * DPI / 72);
            int bottom = image.getHeight() - Math.round(BOTTOM * DPI / 72);
            int band = Math.round(BAND * DPI / 72);
            int bands = 0;
            int inked = 0;
            for (int y = top; y + band <= bottom; y += band) {
                bands++;
                for (int row = y; row < y + band; row++) {
                    if (ink(image, row)) {
                        inked++;
                        break;
                    }
                }
            }
            fill.add((double) inked / bands);
        }
        return fill;
    }

    private static boolean ink(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            int p = image.getRGB(x, y);
            if (((p >> 16) & 255) < 200 || ((p >> 8) & 255) < 200 || (p & 255) < 200) {
                return true;
            }
        }
        return false;
    }
}
