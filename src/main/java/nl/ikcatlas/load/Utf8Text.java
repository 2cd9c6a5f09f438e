package nl.ikcatlas.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * Decodes an editor's file as UTF-8. A file in another encoding is reported at the line and column of its
 * first byte that is not UTF-8, naming the encoding it looks like: most often Windows-1252, which Excel and
 * older Windows programs write, or UTF-16.
 */
public final class Utf8Text {
    private static final String HINT = "open the file in a text editor and save it with the encoding UTF-8";

    private Utf8Text() {
    }

    /** The file's text without a byte order mark, or null when it is not UTF-8 (the problem is reported). */
    public static String decode(String file, byte[] bytes, Problems problems) {
        if (looksLikeUtf16(bytes)) {
            int at = firstZeroOrBom(bytes);
            problems.add(position(file, bytes, at), "the file is saved as UTF-16, not as UTF-8", HINT);
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int b = bytes[at] & 0xFF;
            problems.add(position(file, bytes, at), "the file is not saved as UTF-8: the byte 0x"
                    + HexFormat.of().withUpperCase().toHexDigits((byte) b) + " here looks like "
                    + windows1252(b) + " in Windows-1252, the encoding Excel and older Windows programs use", HINT);
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A byte order mark, or zero bytes in a quarter or more of the first 200 bytes, as UTF-16 text has. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        boolean bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        int sample = Math.min(bytes.length, 200);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return bom || (sample > 0 && zeros * 4 >= sample);
    }

    private static int firstZeroOrBom(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) >= 0xFE) {
            return 0;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return bytes.length;
    }

    private static String windows1252(int b) {
        String c = new String(new byte[] {(byte) b}, java.nio.charset.Charset.forName("windows-1252"));
        return c.equals("\uFFFD") || Character.isISOControl(c.charAt(0)) ? "a special character" : "'" + c + "'";
    }

    /** Line and column of byte {@code at}: the bytes before it are valid UTF-8, so they can be counted as text. */
    private static Position position(String file, byte[] bytes, int at) {
        String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, before.length() - lineStart + 1);
    }
}
