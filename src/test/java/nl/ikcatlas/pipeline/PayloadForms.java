package nl.ikcatlas.pipeline;

import java.util.List;

/** The forms a value may take in each kind of output file: escaped for that format, and nothing else. */
final class PayloadForms {
    private PayloadForms() {
    }

    /** The correctly escaped forms of {@code raw} in a file of {@code type} (its extension); none for other types. */
    static List<String> of(String type, String raw) {
        return switch (type) {
            // text, and JSON in data-* attributes, HTML-escaped
            case "html" -> List.of(html(raw), html(json(raw)), html(scriptJson(raw)));
            // the search index: JSON that can never close a script element
            case "js" -> List.of(scriptJson(raw));
            case "json", "geojson" -> List.of(json(raw), scriptJson(raw));
            // the feed and the sitemap: XML-escaped text, and the feed's HTML content escaped twice
            case "xml" -> List.of(xml(raw), xml(xml(raw)));
            // quoted field, quotes doubled
            case "csv" -> List.of(raw.replace("\"", "\"\""));
            // the text a reader sees: markup shown as text proves it was escaped in the page
            case "pdf" -> List.of(raw);
            default -> List.of();
        };
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String scriptJson(String s) {
        return json(s).replace("<", "\\u003c");
    }
}
