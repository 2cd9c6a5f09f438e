package nl.ikcatlas.readability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a visitor reads in a page's {@code <main>}, one block (paragraph, heading, list item,
 * table cell) per line. The sources section is left out: it cites titles and dates, not sentences. So is
 * every element marked {@value #SKIP}: lists of names a template generates, which no editor can rewrite.
 */
public final class PageText {
    /** The attribute a template puts on an element whose text is not measured. */
    public static final String SKIP = "data-readability=\"skip\"";
    private static final Pattern SOURCES = Pattern.compile("<section class=\"sources\".*?</section>", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script.*?</script>", Pattern.DOTALL);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|li|h[1-6]|dt|dd|td|th|caption|label|option|legend|div|section|aside)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern TAG_NAME = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");

    private PageText() {
    }

    /** {@code html} without the elements marked {@value #SKIP}, each up to its matching end tag. */
    static String withoutSkipped(String html) {
        StringBuilder kept = new StringBuilder(html.length());
        int from = 0;
        for (int mark = html.indexOf(SKIP); mark >= 0; mark = html.indexOf(SKIP, from)) {
            int open = html.lastIndexOf('<', mark);
            if (open < from) {
                break;
            }
            Matcher name = TAG_NAME.matcher(html).region(open, mark);
            if (!name.lookingAt()) {
                break;
            }
            kept.append(html, from, open);
            from = endOf(html, name.group(1), open);
        }
        return kept.append(html, Math.min(from, html.length()), html.length()).toString();
    }

    /** The index after the end tag matching the start tag at {@code open}, or the end of {@code html}. */
    private static int endOf(String html, String name, int open) {
        Matcher tags = Pattern.compile("<(/?)" + name + "(?=[\\s>])", Pattern.CASE_INSENSITIVE).matcher(html);
        int depth = 0;
        tags.region(open, html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                int close = html.indexOf('>', tags.end());
                return close < 0 ? html.length() : close + 1;
            }
        }
        return html.length();
    }

    public static String of(String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        String main = start >= 0 && end > start ? html.substring(start, end) : html;
        main = SOURCES.matcher(main).replaceAll("");
        main = withoutSkipped(main);
        main = SCRIPT.matcher(main).replaceAll("");
        main = BLOCK_END.matcher(main).replaceAll("\n");
        main = TAG.matcher(main).replaceAll("");
        return main.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&").replaceAll("[ \\t\\r]+", " ")
                .replaceAll(" ?\n\\s*", "\n").strip();
    }
}
