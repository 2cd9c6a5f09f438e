package nl.ikcatlas.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.model.ContentPage;

/**
 * Links the terms of the glossary ({@code content/begrippen.md}: every {@code ##} heading is a term)
 * where they appear: on every page, the first time a term occurs in the main text it becomes a link
 * to its explanation. Text inside links, headings, labels and form controls is left alone. A term
 * written in capitals (VVE) matches only in capitals; other terms match in any case.
 */
public final class TermLinks {
    private static final Pattern HEADING = Pattern.compile("<h2 id=\"([a-z0-9-]+)\">([^<]+)</h2>");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Set<String> SKIP = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "label", "option",
            "select", "button", "textarea", "script", "style", "legend", "summary", "caption", "dt", "title", "svg");

    /** Term (lower case) -> anchor, longest first so "Kinderopvangtoeslag" wins over "Kinderopvang". */
    private final Map<String, String> anchors;
    private final Set<String> capitals;
    private final Pattern terms;
    private final String glossaryPath;

    /** Reads the terms from the glossary among {@code content}; without one, nothing is linked. */
    public TermLinks(List<ContentPage> content) {
        glossaryPath = SitePaths.content(Explanations.GLOSSARY);
        Map<String, String> found = new LinkedHashMap<>();
        capitals = new HashSet<>();
        for (ContentPage page : content) {
            if (Explanations.GLOSSARY.equals(page.name())) {
                Matcher m = HEADING.matcher(page.html());
                while (m.find()) {
                    String term = m.group(2).strip();
                    found.put(term.toLowerCase(Locale.ROOT), m.group(1));
                    if (term.equals(term.toUpperCase(Locale.ROOT))) {
                        capitals.add(term);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>(found.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> map = new LinkedHashMap<>();
        ordered.forEach(t -> map.put(t, found.get(t)));
        anchors = map;
        terms = ordered.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}-])(" + String.join("|",
                ordered.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The terms, lower case, each with its anchor on the glossary page. */
    public Map<String, String> terms() {
        return Map.copyOf(anchors);
    }

    /** {@code html} of the page at {@code pagePath}, with the first use of each term inside {@code <main>} linked. */
    public String link(String pagePath, String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        if (terms == null || start < 0 || end < start || pagePath.equals(glossaryPath)) {
            return html;
        }
        String href = SitePaths.rootFrom(pagePath) + glossaryPath + "#";
        Set<String> done = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder out = new StringBuilder(html.length() + 512);
        out.append(html, 0, start);
        Matcher tag = TAG.matcher(html);
        tag.region(start, end);
        int pos = start;
        while (tag.find()) {
            appendText(out, html.substring(pos, tag.start()), open.isEmpty(), href, done);
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (SKIP.contains(name)) {
                if (tag.group(1).isEmpty()) {
                    open.push(name);
                } else if (!open.isEmpty()) {
                    open.pop();
                }
            }
            out.append(tag.group());
            pos = tag.end();
        }
        appendText(out, html.substring(pos, end), open.isEmpty(), href, done);
        out.append(html, end, html.length());
        return out.toString();
    }

    private void appendText(StringBuilder out, String text, boolean linkable, String href, Set<String> done) {
        if (!linkable || text.isBlank()) {
            out.append(text);
            return;
        }
        Matcher m = terms.matcher(text);
        int pos = 0;
        while (m.find()) {
            String word = m.group(1);
            String key = word.toLowerCase(Locale.ROOT);
            String anchor = anchors.get(key);
            boolean caseOk = !isCapitals(key) || word.equals(word.toUpperCase(Locale.ROOT));
            if (anchor == null || !caseOk || !done.add(key)) {
                continue;
            }
            out.append(text, pos, m.start());
            out.append("<a class=\"term\" href=\"").append(href).append(anchor).append("\">").append(word)
                    .append("</a>");
            pos = m.end();
        }
        out.append(text, pos, text.length());
    }

    private boolean isCapitals(String key) {
        for (String c : capitals) {
            if (c.toLowerCase(Locale.ROOT).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
