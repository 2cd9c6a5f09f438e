package nl.ikcatlas.readability;

import java.util.regex.Pattern;

/**
 * The text a visitor reads in a page's {@code <main>}, one block (paragraph, heading, list item,
 * table cell) per line. The sources section is left out: it cites titles and dates, not sentences.
 */
public final class PageText {
    private static final Pattern SOURCES = Pattern.compile("<section class=\"sources\".*?</section>", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script.*?</script>", Pattern.DOTALL);
    private static final Pattern BLOCK_END = Pattern.compile(
            "</(p|li|h[1-6]|dt|dd|td|th|caption|label|option|legend|div|section|aside)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PageText() {
    }

    public static String of(String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        String main = start >= 0 && end > start ? html.substring(start, end) : html;
        main = SOURCES.matcher(main).replaceAll("");
        main = SCRIPT.matcher(main).replaceAll("");
        main = BLOCK_END.matcher(main).replaceAll("\n");
        main = TAG.matcher(main).replaceAll("");
        return main.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&").replaceAll("[ \\t\\r]+", " ")
                .replaceAll(" ?\n\\s*", "\n").strip();
    }
}
