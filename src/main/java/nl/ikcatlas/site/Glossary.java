package nl.ikcatlas.site;

/**
 * The glossary page: its path in the site and the HTML of its text, where every {@code h2} is a term.
 * {@link #NONE} when the site has no glossary.
 */
public record Glossary(String path, String html) {
    public static final Glossary NONE = new Glossary(null, "");
}
