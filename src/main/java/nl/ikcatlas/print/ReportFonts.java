package nl.ikcatlas.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The report's font files from the {@code liberation/} folder of the class path, without their glyph
 * substitution table (GSUB). PDFBox applies that table to every piece of text it draws, compiling a
 * pattern of every substitution each time, which was half of the time of making the PDF; in these fonts
 * the table only composes Vietnamese tone marks, which Dutch text never has, and it is never part of the
 * embedded subset. So the pages look the same and the PDF is made twice as fast.
 */
final class ReportFonts {
    private static final int TABLE_RECORD = 16;
    private static final int DIRECTORY = 12;

    private ReportFonts() {
    }

    /** The bytes of {@code liberation/file}, with the GSUB table left out of its table directory. */
    static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing from the class path");
            }
            return withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A TrueType font without the table {@code tag} in its directory: the records after it move up one place
     * and the count goes down; the tables themselves stay where they are, as their offsets count from the
     * start of the file.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        byte[] result = font.clone();
        ByteBuffer b = ByteBuffer.wrap(result);
        int tables = b.getShort(4) & 0xffff;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = DIRECTORY + i * TABLE_RECORD;
            if (b.getInt(record) == ByteBuffer.wrap(wanted).getInt()) {
                int end = DIRECTORY + tables * TABLE_RECORD;
                System.arraycopy(result, record + TABLE_RECORD, result, record, end - record - TABLE_RECORD);
                Arrays.fill(result, end - TABLE_RECORD, end, (byte) 0);
                b.putShort(4, (short) (tables - 1));
                return result;
            }
        }
        return result;
    }
}
