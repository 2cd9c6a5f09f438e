package nl.ikcatlas.print;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a rendered page of the site into an A4 PDF, as it looks in print: its print stylesheet, its
 * inline SVG charts drawn, Liberation Sans embedded, a bookmark per section ({@code h2} in the main
 * text) and the document tagged for screen readers. Links to other pages of the site are left out,
 * because a PDF leaves the site; links within the page and to other websites stay.
 */
public final class ReportPdf {
    /**
     * The fonts, from the {@code liberation/} folder of the class path, each under the names the
     * stylesheet may use for it: a tagged PDF embeds every font, so every generic family needs one.
     */
    private static final List<Family> FAMILIES = List.of(
            new Family("LiberationSans", List.of("Liberation Sans", "sans-serif", "serif")),
            new Family("LiberationMono", List.of("Liberation Mono", "monospace")));
    private static final List<Face> FACES = List.of(new Face("Regular", 400, FontStyle.NORMAL),
            new Face("Bold", 700, FontStyle.NORMAL), new Face("Italic", 400, FontStyle.ITALIC),
            new Face("BoldItalic", 700, FontStyle.ITALIC));

    /** Font files {@code <file>-<face>.ttf}, known by {@code names}. */
    private record Family(String file, List<String> names) {
    }

    private record Face(String name, int weight, FontStyle style) {
    }

    /**
     * Reads {@code html} (a page inside {@code site}) and writes its PDF to {@code pdf}, dated {@code edition}:
     * the same page always gives the same bytes.
     */
    public void write(Path site, String html, String pdf, LocalDate edition) throws IOException {
        write(null, site, html, pdf, edition);
    }

    /**
     * As {@link #write(Path, String, String, LocalDate)}, but when {@code previous} (the site built before into
     * the same output folder; null or a folder that does not exist when there is none) holds a PDF made from
     * the same input, that PDF is copied instead of made again. Beside the PDF a file {@code .NAME.input}
     * keeps the hash of its input and of the PDF itself, so a PDF changed since is made again. Returns true
     * when the PDF was reused. Keeps no state: builds may call it at the same time for different sites.
     */
    public boolean write(Path previous, Path site, String html, String pdf, LocalDate edition) throws IOException {
        Path page = site.resolve(html);
        byte[] source = Files.readAllBytes(page);
        Document doc = Jsoup.parse(new String(source, StandardCharsets.UTF_8), page.toUri().toString());
        String input = ReportInput.hash(site, page, source, doc, edition, fontFiles());
        Path target = site.resolve(pdf);
        boolean reused = previous != null && reuse(previous.resolve(pdf), input, target);
        if (!reused) {
            make(doc, page.getParent(), source, edition, target);
        }
        Files.writeString(stamp(target), input + " " + ReportInput.hash(Files.readAllBytes(target)) + "\n",
                StandardCharsets.US_ASCII);
        return reused;
    }

    /** The file beside {@code pdf} with the hashes of its input and of itself. */
    static Path stamp(Path pdf) {
        return pdf.resolveSibling("." + pdf.getFileName() + ".input");
    }

    /** Copies {@code old} to {@code target} when its stamp says it was made from {@code input} and it is unchanged since. */
    private static boolean reuse(Path old, String input, Path target) throws IOException {
        Path stamp = stamp(old);
        if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        String[] hashes = Files.readString(stamp, StandardCharsets.US_ASCII).strip().split(" ");
        byte[] bytes = Files.readAllBytes(old);
        if (hashes.length != 2 || !hashes[0].equals(input) || !hashes[1].equals(ReportInput.hash(bytes))) {
            return false;
        }
        if (!old.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            Files.write(target, bytes);
        }
        return true;
    }

    private static void make(Document doc, Path folder, byte[] source, LocalDate edition, Path target)
            throws IOException {
        String baseUri = doc.location();
        prepare(doc);
        inlineStylesheets(doc, folder);
        try (OutputStream out = Files.newOutputStream(target)) {
            // The engine logs every modern CSS rule it skips; the result is checked by tests instead.
            XRLog.setLoggingEnabled(false);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (Family family : FAMILIES) {
                for (Face face : FACES) {
                    String file = family.file() + "-" + face.name() + ".ttf";
                    for (String name : family.names()) {
                        builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(ReportFonts.read(file)),
                                name, face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
                    }
                }
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), baseUri);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                PdfIdentity.apply(renderer.getPdfDocument(), edition, source);
                renderer.getPdfDocument().save(out);
            }
        }
    }

    private static List<String> fontFiles() {
        return FAMILIES.stream().flatMap(f -> FACES.stream().map(face -> f.file() + "-" + face.name() + ".ttf")).toList();
    }

    /**
     * Text split into a short form for the eye ({@code aria-hidden}) and a long one for screen readers
     * ({@code visually-hidden}), such as a level cell "3 ↑", becomes an abbreviation with the long form as
     * its expansion: a screen reader reads the same, and the PDF draws one piece of text instead of four
     * (each is a marked-content section, and PDFBox looks through all sections of the page for every new one).
     */
    private static void abbreviate(Element parent) {
        if (parent == null || parent.selectFirst("> [aria-hidden=true]") == null) {
            return;
        }
        StringBuilder shown = new StringBuilder();
        StringBuilder read = new StringBuilder();
        for (Node child : parent.childNodes()) {
            boolean hidden = child instanceof Element e && e.hasClass("visually-hidden");
            String text = child instanceof Element e ? e.text() : child instanceof TextNode t ? t.text() : "";
            (hidden ? read : shown).append(text);
        }
        parent.empty();
        parent.appendElement("abbr").attr("title", read.toString().strip()).text(shown.toString().strip());
    }

    /**
     * Removes scripts and what is only meant for the screen, unlinks the links to other pages, adds the bookmarks, and gives links, charts
     * and the document the descriptions a tagged PDF needs (taken from the page itself).
     */
    static void prepare(Document doc) {
        doc.select("script, .screen-only").remove();
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#") && !href.startsWith("https://") && !href.startsWith("http://")
                    && !href.startsWith("mailto:")) {
                a.unwrap();
            } else if (!a.hasAttr("title")) {
                a.attr("title", a.text());
            }
        }
        for (Element svg : doc.select("svg")) {
            Element title = svg.selectFirst("title");
            svg.attr("alt", title == null ? "" : title.text());
            svg.attr("font-family", FAMILIES.get(0).names().get(0));
        }
        for (Element hidden : doc.select(".visually-hidden")) {
            abbreviate(hidden.parent());
        }
        Element lead = doc.selectFirst("main p.lead");
        if (lead != null && doc.selectFirst("meta[name=description]") == null) {
            doc.head().appendElement("meta").attr("name", "description").attr("content", lead.text());
        }
        Element bookmarks = doc.head().appendElement("bookmarks");
        for (Element h : doc.select("main section > h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
        }
    }

    /**
     * Puts the site's own stylesheets into the page with the theme's tokens filled in (see {@link CssTokens}),
     * so the PDF has the theme's colours and fonts. Stylesheets from elsewhere, and those with url()s relative
     * to their own place, stay links.
     */
    static void inlineStylesheets(Document doc, Path folder) throws IOException {
        CssTokens tokens = new CssTokens();
        List<Element> links = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        for (Element link : doc.select("link[rel=stylesheet][href]")) {
            String href = link.attr("href");
            Path file = folder.resolve(href).normalize();
            if (href.contains(":") || !Files.isRegularFile(file)) {
                continue;
            }
            String css = Files.readString(file, StandardCharsets.UTF_8);
            if (css.contains("url(")) {
                continue;
            }
            tokens.declare(css);
            links.add(link);
            sheets.add(css);
        }
        for (int i = 0; i < links.size(); i++) {
            Element style = new Element("style");
            style.appendChild(new DataNode(tokens.resolve(sheets.get(i))));
            links.get(i).replaceWith(style);
        }
    }
}
