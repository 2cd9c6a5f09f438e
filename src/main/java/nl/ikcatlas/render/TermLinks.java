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
    /** {@link #SKIP} by first letter, so most tags are ruled out by one lookup. */
    private static final Map<Character, List<String>> SKIP_BY_LETTER =
            SKIP.stream().collect(Collectors.collectingAndThen(Collectors.groupingBy(n -> n.charAt(0),
                    Collectors.toUnmodifiableList()), Map::copyOf));
    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";

    /** Term (lower case) -> anchor, longest first so "Kinderopvangtoeslag" wins over "Kinderopvang". */
    private final Map<String, String> anchors;
    /** Terms (lower case) written in capitals in the glossary. */
    private final Set<String> capitals;
    private final TermFinder finder;
    private final String glossaryPath;

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
        PageLinker page = new PageLinker(html, Page.rootFrom(pagePath) + glossaryPath + "#");
        int skipped = 0; // how many SKIP elements are open where the scan is
        int pos = start;
        while (pos < end) {
            int tag = nextTag(html, pos, end);
            boolean comment = tag >= 0 && html.startsWith(COMMENT_START, tag);
            int after = tag < 0 ? -1 : after(html, tag, comment, end);
            if (after < 0 && !comment) {
                break;
            }
            if (skipped == 0) {
                page.linkTerms(pos, tag);
            }
            if (comment) {
                pos = after < 0 ? end : after; // an unfinished comment runs to the end
                continue;
            }
            boolean closing = html.charAt(tag + 1) == '/';
            int nameStart = closing ? tag + 2 : tag + 1;
            int nameEnd = nameStart;
            while (nameEnd < end && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (isSkipped(html, nameStart, nameEnd)) {
                if (!closing) {
                    skipped++;
                } else if (skipped > 0) {
                    skipped--;
                }
            }
            pos = after;
        }
        if (skipped == 0) {
            page.linkTerms(pos, end);
        }
        return page.result();
    }

    /**
     * The next {@code <name}, {@code </name} (name starting with an ASCII letter) or comment from
     * {@code from}, or -1.
     */
    private static int nextTag(String html, int from, int end) {
        int i = html.indexOf('<', from);
        while (i >= 0 && i < end) {
            int n = i + 1 < end && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            if (n < end && isAsciiLetter(html.charAt(n)) || html.startsWith(COMMENT_START, i)) {
                return i;
            }
            i = html.indexOf('<', i + 1);
        }
        return -1;
    }

    /** Where the tag or comment starting at {@code tag} ends (just after it), or -1 when it does not end before {@code end}. */
    private static int after(String html, int tag, boolean comment, int end) {
        int close = comment ? html.indexOf(COMMENT_END, tag + COMMENT_START.length()) : html.indexOf('>', tag);
        int after = close < 0 ? -1 : close + (comment ? COMMENT_END.length() : 1);
        return after > end ? -1 : after;
    }

    /** Whether the tag name from {@code start} to {@code end} is one of {@link #SKIP}, in any case. */
    private static boolean isSkipped(String html, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return false;
        }
        char first = Character.toLowerCase(html.charAt(start));
        for (String name : SKIP_BY_LETTER.getOrDefault(first, List.of())) {
            if (name.length() == length && html.regionMatches(true, start, name, 0, length)) {
                return true;
            }
        }
        return false;
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
        private final String href;
        private final Set<String> done = new HashSet<>();
        private StringBuilder out;
        /** Where the part of {@code html} not yet copied to {@code out} starts. */
        private int copied;

        PageLinker(String html, String href) {
            this.html = html;
            this.href = href;
        }

        void linkTerms(int from, int to) {
            int pos = from;
            while (pos < to && done.size() < anchors.size()) {
                TermFinder.Found found = finder.find(html, pos, to);
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
