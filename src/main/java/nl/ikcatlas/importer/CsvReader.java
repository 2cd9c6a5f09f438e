package nl.ikcatlas.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * Reads a register's {@code ;}-separated export. The encoding is detected: UTF-8 (with or without a
 * byte order mark) when the bytes are valid UTF-8, else Windows-1252, the two encodings registers use.
 */
public final class CsvReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The table, or empty when the file cannot be read as one. Every problem is reported with its line;
     * a row that cannot be read is left out of the table.
     */
    public Optional<CsvTable> read(Path file, String name, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Position.startOf(name), "the file could not be read: " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, name, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.get().split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            problems.add(Position.startOf(name), "the file is empty", "give the register's export as it was downloaded");
            return Optional.empty();
        }
        List<String> raw = fields(lines[0], 1, name, problems);
        if (raw == null) {
            return Optional.empty();
        }
        List<String> header = raw.stream().map(String::strip).toList();
        List<CsvTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(lines[i], i + 1, name, problems);
            if (fields == null) {
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(new Position(name, i + 1, 1), "this row has " + fields.size() + " fields, but the header has "
                        + header.size(), "a ';' too many or too few in this row; the file may have been edited by hand");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), fields.get(c).strip());
            }
            rows.add(new CsvTable.Row(i + 1, values));
        }
        // rows that could not be read are left out and reported: the import then stops before writing
        return Optional.of(new CsvTable(name, header, rows));
    }

    private static Optional<String> decode(byte[] bytes, String name, Problems problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) || contains(bytes, (byte) 0)) {
            problems.add(Position.startOf(name), "the file is not text in UTF-8 or Windows-1252 (it looks like UTF-16 or"
                    + " a binary file)", "save it as CSV in UTF-8, or give the register's export as it was downloaded");
            return Optional.empty();
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        Decoded utf8 = decode(StandardCharsets.UTF_8, bytes, start);
        if (utf8.text() != null) {
            return Optional.of(utf8.text());
        }
        if (start == 3) {
            problems.add(new Position(name, lineOf(bytes, utf8.errorAt()), 1),
                    "the file says it is UTF-8 but this line is not", "save the file again as UTF-8");
            return Optional.empty();
        }
        Decoded windows = decode(WINDOWS_1252, bytes, 0);
        if (windows.text() == null) {
            problems.add(new Position(name, lineOf(bytes, windows.errorAt()), 1),
                    "this line has characters that are neither UTF-8 nor Windows-1252",
                    "save the file as UTF-8, or give the register's export as it was downloaded");
            return Optional.empty();
        }
        return Optional.of(windows.text());
    }

    /** The text, or the offset of the first byte that is not valid in the charset. */
    private record Decoded(String text, int errorAt) {
    }

    private static Decoded decode(Charset charset, byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        return result.isError() ? new Decoded(null, in.position()) : new Decoded(out.flip().toString(), -1);
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The fields of one line; a field may be quoted with {@code "}, with {@code ""} for a quote inside it. */
    private static List<String> fields(String line, int number, String name, Problems problems) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problems.add(new Position(name, number, 1), "this row cannot be read: a quote (\") is opened but not closed",
                    "the file may have been edited by hand; download it again");
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
