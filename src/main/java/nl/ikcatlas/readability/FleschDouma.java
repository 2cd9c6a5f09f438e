package nl.ikcatlas.readability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the Flesch-Douma reading ease of plain text. A sentence ends at {@code .}, {@code !} or
 * {@code ?} followed by a space or the end, and at every line break (headings, list items and table
 * cells are lines of their own). A word is a run of letters and digits, with inner hyphens and
 * apostrophes ("VVE-indicatie", "zo'n").
 */
public final class FleschDouma {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n");

    public Readability measure(String text) {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher m = WORD.matcher(sentence);
            int inSentence = 0;
            while (m.find()) {
                inSentence++;
                // A hyphen joins words ("VVE-indicatie"); an apostrophe sits inside one ("zo'n").
                for (String part : m.group().replaceAll("['\u2019]", "").split("-")) {
                    syllables += DutchSyllables.count(part);
                }
            }
            if (inSentence > 0) {
                sentences++;
                words += inSentence;
            }
        }
        return Readability.of(words, sentences, syllables);
    }
}
