package nl.ikcatlas.print;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Gives a PDF an identity derived from its input instead of the clock, so the same atlas always
 * makes the same file: its creation and modification dates are the edition date (midnight UTC), and
 * its file id is a hash of the page it was made from. (The engine's XMP metadata carries no dates.)
 */
final class PdfIdentity {
    private PdfIdentity() {
    }

    static void apply(PDDocument pdf, LocalDate edition, byte[] source) {
        Calendar date = GregorianCalendar.from(edition.atStartOfDay(ZoneOffset.UTC));
        pdf.getDocumentInformation().setCreationDate(date);
        pdf.getDocumentInformation().setModificationDate(date);
        byte[] id = Arrays.copyOf(ReportInput.sha256().digest(source), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        // the seed PDFBox would otherwise take from the clock when it makes an id
        pdf.setDocumentId(ByteBuffer.wrap(id).getLong());
    }
}
