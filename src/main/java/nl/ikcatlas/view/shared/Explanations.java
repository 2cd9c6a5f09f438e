package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The explanation pages for parents ({@code content/*.md}) and which of them belong to which part of
 * the site, so every page links to the explanations of the topics it shows. Pages that do not exist
 * in {@code content/} are left out.
 */
public final class Explanations {
    public static final String KINDCENTRUM = "wat-is-een-kindcentrum";
    public static final String CARE = "soorten-opvang";
    public static final String COSTS = "kosten-peuteropvang";
    public static final String LEVELS = "niveaus";
    public static final String GLOSSARY = "begrippen";
    public static final String ACCESSIBILITY = "toegankelijkheid";
    public static final String PRIVACY = "privacy";

    private static final List<String> ALL = List.of(KINDCENTRUM, CARE, COSTS, LEVELS, GLOSSARY);
    private static final List<String> FOOTER = List.of(GLOSSARY, ACCESSIBILITY, PRIVACY);

    /** Content page name -> title, for the pages that exist. */
    private final Map<String, String> titles;

    public Explanations(Map<String, String> titles) {
        this.titles = Map.copyOf(titles);
    }

    public boolean has(String name) {
        return titles.containsKey(name);
    }

    /** The explanations a page of {@code section} links to; {@code self} (a content page name or null) is left out. */
    public List<Link> forSection(Section section, String root, String self) {
        List<String> names = switch (section) {
            case HOME, ABOUT, OTHER, AREAS -> ALL;
            // the levels' page is linked beside the levels' table, the glossary in the footer
            case KINDCENTRA -> List.of(KINDCENTRUM, CARE);
            case SCHOOLS, BOARDS -> List.of(KINDCENTRUM, CARE, GLOSSARY);
            case CHILDCARE, HOLDERS -> List.of(CARE, COSTS, KINDCENTRUM, GLOSSARY);
            case INSTRUMENT, MONITOR -> List.of(LEVELS, KINDCENTRUM, GLOSSARY);
            case SEARCH -> List.of(KINDCENTRUM, CARE, COSTS, LEVELS, GLOSSARY);
        };
        return links(names, root, self);
    }

    /** Glossary, accessibility statement and privacy: in the footer of every page. */
    public List<Link> footer(String root) {
        return links(FOOTER, root, null);
    }

    /** The glossary page, relative to the page, or null when there is none. */
    public String glossaryHref(String root) {
        return has(GLOSSARY) ? root + SitePaths.content(GLOSSARY) : null;
    }

    private List<Link> links(List<String> names, String root, String self) {
        List<Link> links = new ArrayList<>(names.size());
        for (String name : names) {
            if (titles.containsKey(name) && !name.equals(self)) {
                links.add(new Link(root + SitePaths.content(name), titles.get(name)));
            }
        }
        return links;
    }
}
