package nl.ikcatlas.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ikcatlas.site.Glossary;
import nl.ikcatlas.site.Page;

/**
 * Links the terms of the glossary (the page {@code content/begrippen.md}: every {@code ##} heading is a term)
 * where they appear: on every page, the first time a term occurs in the main text it becomes a link
 * to its explanation. Text inside links, headings, labels, code, form controls and comments is
 * left alone. A term written in capitals (VVE) matches only in capitals; other terms
 * match in any case. One pass over the page: tags are read as they come and the text between them is
 * searched with a {@link TermFinder}.
 */
public final class TermLinks {
    private static final Pattern HEADING = Pattern.compile("<h2 id=\"([a-z0-9-]+)\">([^<]+)</h2>");
    private static final Set<String> SKIP = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "label", "option",
            "select", "button", "textarea", "script", "style", "legend", "summary", "caption", "dt", "title", "svg",
            "code", "pre", "kbd", "samp");
    /** {@link #SKIP} by first letter (lower case ASCII), so most tags are ruled out by one lookup. */
    private static final String[][] SKIP_BY_LETTER = new String[128][];

    static {
        SKIP.stream().collect(Collectors.groupingBy(n -> n.charAt(0))).forEach((letter, names) ->
                SKIP_BY_LETTER[letter] = names.toArray(String[]::new));
    }

    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";

    /** Term (lower case) -> anchor, longest first so "Kinderopvangtoeslag" wins over "Kinderopvang". */
    private final Map<String, String> anchors;
    /** Terms (lower case) written in capitals in the glossary. */
    private final Set<String> capitals;
    private final TermFinder finder;
    private final String glossaryPath;
    /** Per rendering thread, the characters of the page it links. */
    private final ThreadLocal<char[]> buffers = ThreadLocal.withInitial(() -> new char[64 * 1024]);

    /** Reads the terms from the glossary; with {@link Glossary#NONE}, nothing is linked. */
    public TermLinks(Glossary glossary) {
        glossaryPath = glossary.path();
        Map<String, String> found = new LinkedHashMap<>();
        capitals = new HashSet<>();
        Matcher m = HEADING.matcher(glossary.html());
        while (m.find()) {
            String term = m.group(2).strip();
            String key = term.toLowerCase(Locale.ROOT);
            found.put(key, m.group(1));
            if (term.equals(term.toUpperCase(Locale.ROOT))) {
                capitals.add(key);
            }
        }
        List<String> ordered = new ArrayList<>(found.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> map = new LinkedHashMap<>();
        ordered.forEach(t -> map.put(t, found.get(t)));
        anchors = map;
        finder = ordered.isEmpty() ? null : new TermFinder(ordered);
    }

    /** The terms, lower case, each with its anchor on the glossary page. */
    public Map<String, String> terms() {
        return Map.copyOf(anchors);
    }

    /** {@code html} of the page at {@code pagePath}, with the first use of each term inside {@code <main>} linked. */
    public String link(String pagePath, String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        if (finder == null || start < 0 || end < start || pagePath.equals(glossaryPath)) {
            return html;
        }
        char[] text = characters(html);
        PageLinker page = new PageLinker(html, text, Page.rootFrom(pagePath) + glossaryPath + "#");
        int pos = start;
        while (pos < end && !page.allDone()) {
            int tag = nextTag(text, pos, end);
            boolean comment = tag >= 0 && startsWith(text, tag, end, COMMENT_START);
            int after = tag < 0 ? -1 : after(text, tag, comment, end);
            if (after < 0 && !comment) {
                break;
            }
            page.linkTerms(pos, tag);
            if (comment) {
                pos = after < 0 ? end : after; // an unfinished comment runs to the end
                continue;
            }
            pos = after;
            if (text[tag + 1] != '/' && !selfClosing(text, after)) {
                int nameEnd = tag + 1;
                while (nameEnd < end && isNameChar(text[nameEnd])) {
                    nameEnd++;
                }
                String skipped = skipped(text, tag + 1, nameEnd);
                if (skipped != null) {
                    // nothing inside is linked: go on after its end tag, or stop when it has none
                    int close = closing(text, after, end, skipped);
                    pos = close < 0 ? end : close;
                }
            }
        }
        if (pos < end) {
            page.linkTerms(pos, end);
        }
        return page.result();
    }

    /** The characters of {@code html}, in this thread's buffer (whose characters after them are left over). */
    private char[] characters(String html) {
        char[] text = buffers.get();
        if (text.length < html.length()) {
            text = new char[html.length() + html.length() / 4];
            buffers.set(text);
        }
        html.getChars(0, html.length(), text, 0);
        return text;
    }

    /**
     * The next {@code <name}, {@code </name} (name starting with an ASCII letter) or comment from
     * {@code from}, or -1.
     */
    private static int nextTag(char[] text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text[i] == '<') {
                int n = i + 1 < end && text[i + 1] == '/' ? i + 2 : i + 1;
                if (n < end && isAsciiLetter(text[n]) || startsWith(text, i, end, COMMENT_START)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Where the tag or comment starting at {@code tag} ends (just after it), or -1 when it does not end before {@code end}. */
    private static int after(char[] text, int tag, boolean comment, int end) {
        if (comment) {
            for (int i = tag + COMMENT_START.length(); i + COMMENT_END.length() <= end; i++) {
                if (startsWith(text, i, end, COMMENT_END)) {
                    return i + COMMENT_END.length();
                }
            }
            return -1;
        }
        for (int i = tag + 1; i < end; i++) {
            if (text[i] == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Just after the end tag of the {@code name} element whose start tag ends at {@code from} (elements of the
     * same name inside it are counted; comments are passed over), or -1 when it does not end before {@code end}.
     */
    private static int closing(char[] text, int from, int end, String name) {
        int depth = 1;
        int pos = from;
        while (pos < end) {
            int tag = nextTag(text, pos, end);
            if (tag < 0) {
                return -1;
            }
            boolean comment = startsWith(text, tag, end, COMMENT_START);
            int after = after(text, tag, comment, end);
            if (after < 0) {
                return -1;
            }
            if (!comment) {
                boolean endTag = text[tag + 1] == '/';
                int nameStart = endTag ? tag + 2 : tag + 1;
                if (isName(text, nameStart, end, name)) {
                    depth += endTag ? -1 : selfClosing(text, after) ? 0 : 1;
                    if (depth == 0) {
                        return after;
                    }
                }
            }
            pos = after;
        }
        return -1;
    }

    /** Whether the tag that ends just before {@code after} closes itself ({@code <svg/>}). */
    private static boolean selfClosing(char[] text, int after) {
        return text[after - 2] == '/';
    }

    /** Whether the tag name at {@code start} is {@code name}, in any case. */
    private static boolean isName(char[] text, int start, int end, String name) {
        int nameEnd = start + name.length();
        if (nameEnd > end || nameEnd < end && isNameChar(text[nameEnd])) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.toLowerCase(text[start + i]) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The name from {@code start} to {@code end} when it is one of {@link #SKIP}, in any case; otherwise null. */
    private static String skipped(char[] text, int start, int end) {
        if (end == start) {
            return null;
        }
        char first = Character.toLowerCase(text[start]);
        String[] names = first < 128 ? SKIP_BY_LETTER[first] : null;
        if (names != null) {
            for (String name : names) {
                if (name.length() == end - start && isName(text, start, end, name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Whether {@code prefix} is in {@code text} at {@code at}, ending before {@code end}. */
    private static boolean startsWith(char[] text, int at, int end, String prefix) {
        if (at + prefix.length() > end) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** One page being linked: the terms done so far, and the output, made only when something is linked. */
    private final class PageLinker {
        private final String html;
        private final char[] text;
        private final String href;
        private final Set<String> done = new HashSet<>();
        private StringBuilder out;
        /** Where the part of {@code html} not yet copied to {@code out} starts. */
        private int copied;

        PageLinker(String html, char[] text, String href) {
            this.html = html;
            this.text = text;
            this.href = href;
        }

        boolean allDone() {
            return done.size() == anchors.size();
        }

        void linkTerms(int from, int to) {
            int pos = from;
            while (pos < to && !allDone()) {
                TermFinder.Found found = finder.find(text, pos, to);
                if (found == null) {
                    return;
                }
                pos = found.end();
                String word = html.substring(found.start(), found.end());
                boolean caseOk = !capitals.contains(found.key()) || word.equals(word.toUpperCase(Locale.ROOT));
                if (caseOk && done.add(found.key())) {
                    if (out == null) {
                        out = new StringBuilder(html.length() + 1024);
                    }
                    out.append(html, copied, found.start()).append("<a class=\"term\" href=\"").append(href)
                            .append(anchors.get(found.key())).append("\">").append(word).append("</a>");
                    copied = found.end();
                }
            }
        }

        String result() {
            return out == null ? html : out.append(html, copied, html.length()).toString();
        }
    }
}
