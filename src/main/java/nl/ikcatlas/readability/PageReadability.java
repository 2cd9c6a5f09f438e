package nl.ikcatlas.readability;

/** The reading ease of one page of the site, {@code path} relative to the site root. */
public record PageReadability(String path, Readability readability) {

    public boolean plainLanguage() {
        return readability.score() >= Readability.PLAIN_LANGUAGE;
    }
}
