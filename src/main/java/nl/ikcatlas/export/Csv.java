package nl.ikcatlas.export;

import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: comma separated, CRLF line ends, a field quoted when it holds
 * a comma, quote or line break, quotes doubled. A field starting with =, +, - or @ gets a leading
 * apostrophe, so a spreadsheet never runs it as a formula.
 */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    public Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public String text() {
        return out.toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
