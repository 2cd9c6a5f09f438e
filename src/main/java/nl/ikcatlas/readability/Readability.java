package nl.ikcatlas.readability;

import java.util.Locale;

/**
 * The Flesch-Douma reading ease of a Dutch text: 206.835 - 0.93 x (words per sentence) - 77 x
 * (syllables per word). Higher is easier; 60 and above is plain language for most adults.
 */
public record Readability(int words, int sentences, int syllables, double score) {
    public static final double PLAIN_LANGUAGE = 60.0;

    public static Readability of(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return new Readability(words, sentences, syllables, 0.0);
        }
        double score = 206.835 - 0.93 * ((double) words / sentences) - 77.0 * ((double) syllables / words);
        return new Readability(words, sentences, syllables, score);
    }

    /** "64.3", one decimal. */
    public String formatted() {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
