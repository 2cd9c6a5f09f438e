package nl.ikcatlas.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Everything a report's PDF is made from, as one hash: the page, the local stylesheets and images it
 * loads, the edition, the fonts, and the code that makes the PDF (this package's classes and the
 * versions of the PDF libraries). The same hash gives the same PDF, byte for byte.
 */
final class ReportInput {
    /** Class path resources that decide how a page becomes a PDF, besides the fonts. */
    private static final List<String> ENGINE = List.of("/nl/ikcatlas/print/ReportPdf.class",
            "/nl/ikcatlas/print/ReportFonts.class", "/nl/ikcatlas/print/PdfIdentity.class",
            "/META-INF/maven/org.apache.pdfbox/pdfbox/pom.properties",
            "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox/pom.properties",
            "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-svg-support/pom.properties");

    private ReportInput() {
    }

    /** The hash of {@code page} (the bytes {@code source}, read as {@code doc}) inside {@code site}, in hex. */
    static String hash(Path site, Path page, byte[] source, Document doc, LocalDate edition, List<String> fonts)
            throws IOException {
        MessageDigest digest = sha256();
        part(digest, source);
        part(digest, String.valueOf(edition).getBytes(StandardCharsets.UTF_8));
        Path root = site.toAbsolutePath().normalize();
        for (Element e : doc.select("link[rel=stylesheet][href], img[src]")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            Path file = page.toAbsolutePath().getParent().resolve(ref.replaceAll("[?#].*", "")).normalize();
            part(digest, ref.getBytes(StandardCharsets.UTF_8));
            // only files of the site itself: anything else is not read
            part(digest, file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
        }
        for (String font : fonts) {
            part(digest, ReportFonts.read(font));
        }
        for (String resource : ENGINE) {
            try (InputStream in = ReportInput.class.getResourceAsStream(resource)) {
                part(digest, in == null ? new byte[0] : in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** Each part with its length first, so no two different lists of parts give the same bytes. */
    private static void part(MessageDigest digest, byte[] bytes) {
        digest.update(String.valueOf(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
