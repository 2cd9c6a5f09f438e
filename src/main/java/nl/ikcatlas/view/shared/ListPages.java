package nl.ikcatlas.view.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.site.Page;

/**
 * Makes the pages of an overview list. A list of at most {@code maxCards} cards is one page, as it always
 * was; a longer one is split over numbered pages of at most {@code maxCards} cards each, so that no page
 * grows with the size of the atlas. A list in groups (per kern) keeps a group whole on one page when it fits;
 * a list without groups is grouped by first letter. Every page of a split list leads to the others: the page
 * numbers, the previous and next page, and an index of the groups.
 */
public final class ListPages {
    /** The most cards on one page of a list: about 150 kB of HTML. */
    public static final int MAX_CARDS = 300;
    private static final int NEIGHBOURS = 2;
    private static final int FOLD_INDEX_ABOVE = 30;

    private final Layouts layouts;
    private final int maxCards;

    public ListPages(Layouts layouts, int maxCards) {
        if (maxCards < 1) {
            throw new IllegalArgumentException("a page of a list holds at least one card");
        }
        this.layouts = layouts;
        this.maxCards = maxCards;
    }

    /** What a list shows, whatever its pages: {@code groups} have hrefs relative to the site root. */
    public record Content(String title, String intro, String total, List<ListView.Group> groups, SourceNotes notes) {
    }

    /**
     * The pages of the list whose first page is at {@code path}; the others are at {@link #pagePath}.
     * {@code parents} are the breadcrumbs between home and the first page.
     */
    public List<Page> pages(String path, Section section, List<Link> parents, Content list) {
        List<ListView.Group> groups = anchored(list.groups());
        int cards = groups.stream().mapToInt(g -> g.items().size()).sum();
        if (cards <= maxCards) {
            return List.of(page(path, section, list.title(), parents, list, groups, null));
        }
        boolean byLetter = groups.size() == 1 && groups.get(0).heading() == null;
        if (byLetter) {
            groups = anchored(byLetter(groups.get(0).items()));
        }
        List<List<ListView.Group>> split = split(groups);
        int count = split.size();
        List<Link> index = new ArrayList<>();
        Set<String> indexed = new HashSet<>();
        for (int n = 1; n <= count; n++) {
            for (ListView.Group g : split.get(n - 1)) {
                if (indexed.add(g.anchor())) {
                    index.add(new Link(pagePath(path, n) + "#" + g.anchor(), g.heading()));
                }
            }
        }
        List<Link> crumbs = new ArrayList<>(parents);
        crumbs.add(new Link(path, list.title()));
        List<Page> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            String at = pagePath(path, n);
            ListView.Pager pager = pager(path, n, count, byLetter ? "Ga naar een letter" : "Ga naar een kern", index);
            pages.add(page(at, section, title(list.title(), n, count), n == 1 ? parents : crumbs, list,
                    split.get(n - 1), pager));
        }
        return pages;
    }

    /** The title of page {@code n} of {@code count}: the list's own title on the first page. */
    public static String title(String title, int n, int count) {
        return n == 1 ? title : title + ", pagina " + n + " van " + count;
    }

    /**
     * The navigation of page {@code n} of the {@code count} pages whose first page is at {@code path}, with
     * {@code index} (hrefs relative to the site root) under {@code indexLabel}; hrefs relative to that page.
     */
    public ListView.Pager pager(String path, int n, int count, String indexLabel, List<Link> index) {
        String root = Page.rootFrom(pagePath(path, n));
        return new ListView.Pager("Pagina " + n + " van " + count,
                n == 1 ? null : new Link(root + pagePath(path, n - 1), "Vorige pagina"),
                n == count ? null : new Link(root + pagePath(path, n + 1), "Volgende pagina"),
                numbers(path, root, n, count), indexLabel,
                index.stream().map(l -> new Link(root + l.href(), l.label())).toList(),
                index.size() > FOLD_INDEX_ABOVE);
    }

    /**
     * Where page {@code n} of the list at {@code path} lives: the first page at {@code path} itself, the
     * others in a folder of their own, so they never meet a record's page: {@code scholen/index.html} is
     * followed by {@code scholen/pagina/2.html}, {@code zoeken/bso.html} by {@code zoeken/bso/2.html}.
     */
    public static String pagePath(String path, int n) {
        if (n == 1) {
            return path;
        }
        String folder = path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) + "pagina"
                : path.substring(0, path.length() - ".html".length());
        return folder + "/" + n + ".html";
    }

    private Page page(String at, Section section, String title, List<Link> parents, Content list,
            List<ListView.Group> groups, ListView.Pager pager) {
        String root = Page.rootFrom(at);
        List<ListView.Group> rooted = new ArrayList<>(groups.size());
        for (ListView.Group g : groups) {
            List<Card> cards = new ArrayList<>(g.items().size());
            for (Card c : g.items()) {
                cards.add(new Card(root + c.href(), c.title(), c.facts()));
            }
            rooted.add(new ListView.Group(g.heading(), g.anchor(), cards));
        }
        Layout layout = layouts.layout(at, section, title, parents, list.notes());
        return new Page(at, new ListView(layout, list.intro(), list.total(), rooted, pager));
    }

    /** Each group's heading gets the id {@code groep-N}, N its place in the whole list. */
    private static List<ListView.Group> anchored(List<ListView.Group> groups) {
        List<ListView.Group> result = new ArrayList<>(groups.size());
        for (ListView.Group g : groups) {
            result.add(new ListView.Group(g.heading(), g.heading() == null ? null : "groep-" + result.size(), g.items()));
        }
        return result;
    }

    /**
     * Fills pages in order. A group that does not fit on the rest of a page starts a new one; a group larger
     * than a page continues on the next, under its heading with "(vervolg)".
     */
    private List<List<ListView.Group>> split(List<ListView.Group> groups) {
        List<List<ListView.Group>> pages = new ArrayList<>();
        List<ListView.Group> page = new ArrayList<>();
        int used = 0;
        for (ListView.Group g : groups) {
            List<Card> rest = g.items();
            boolean first = true;
            while (!rest.isEmpty()) {
                if (used == maxCards || first && used > 0 && rest.size() > maxCards - used) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
                int take = Math.min(rest.size(), maxCards - used);
                page.add(first ? new ListView.Group(g.heading(), g.anchor(), rest.subList(0, take))
                        : new ListView.Group(g.heading() + " (vervolg)", g.anchor(), rest.subList(0, take)));
                used += take;
                rest = rest.subList(take, rest.size());
                first = false;
            }
        }
        pages.add(page);
        return pages;
    }

    /** Cards in name order, grouped by the first letter of their name; names starting otherwise under "0-9". */
    private static List<ListView.Group> byLetter(List<Card> cards) {
        Map<String, List<Card>> letters = new LinkedHashMap<>();
        for (Card c : cards) {
            letters.computeIfAbsent(letter(c.title()), k -> new ArrayList<>()).add(c);
        }
        List<ListView.Group> groups = new ArrayList<>(letters.size());
        letters.forEach((letter, items) -> groups.add(new ListView.Group(letter, items)));
        return groups;
    }

    static String letter(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return String.valueOf(Character.toUpperCase(c));
            }
            if (Character.isLetterOrDigit(c)) {
                return "0-9";
            }
        }
        return "0-9";
    }

    /** The first and last page, and the pages near page {@code n}; a gap between them is a NavItem without href. */
    private static List<NavItem> numbers(String path, String root, int n, int count) {
        List<NavItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i == 1 || i == count || Math.abs(i - n) <= NEIGHBOURS) {
                items.add(new NavItem(i == n ? null : root + pagePath(path, i), Integer.toString(i), i == n));
            } else if (!isGap(items.get(items.size() - 1))) {
                items.add(new NavItem(null, "\u2026", false));
            }
        }
        return items;
    }

    private static boolean isGap(NavItem item) {
        return item.href() == null && !item.current();
    }
}
