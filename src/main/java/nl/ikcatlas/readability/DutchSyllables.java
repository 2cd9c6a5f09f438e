package nl.ikcatlas.readability;

import java.util.Locale;

/**
 * Counts the syllables of a Dutch word by its vowel groups: every run of vowels is one syllable
 * ("school" 1, "kinderopvang" 4, "peuter" 2). A vowel with a diaeresis starts a new syllable
 * ("oriëntatie" 5), as the diaeresis says. A word without vowels (a number, "BSO" aside) counts as one.
 */
public final class DutchSyllables {
    private static final String VOWELS = "aeiouyáéíóúàèìòùâêîôû";
    private static final String DIAERESIS = "äëïöü";

    private DutchSyllables() {
    }

    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (DIAERESIS.indexOf(c) >= 0) {
                groups++;
                inGroup = true;
            } else if (VOWELS.indexOf(c) >= 0) {
                if (!inGroup) {
                    groups++;
                }
                inGroup = true;
            } else {
                inGroup = false;
            }
        }
        return Math.max(1, groups);
    }
}
