package nl.ikcatlas.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds glossary terms in text in one pass: the terms are kept in a trie of case-folded characters,
 * which is walked from every position where a term may start. Where several terms start at the same
 * place the longest wins ("Kinderopvangtoeslag" over "Kinderopvang"). A term matches only as a whole
 * word: not after a letter, digit or hyphen, and not followed by a letter or digit. The work grows
 * with the length of the text, not with the number of terms.
 */
final class TermFinder {

    /** A term found at {@code start} (inclusive) to {@code end} (exclusive); {@code key} as given to the finder. */
    record Found(String key, int start, int end) {
    }

    private final Node root;
    /** Per ASCII character: whether a term starts with it (in any case). */
    private final boolean[] startsTerm = new boolean[128];
    /** Per ASCII character: whether a term cannot start right after it (a word character or a hyphen). */
    private static final boolean[] BLOCKS_ASCII = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            BLOCKS_ASCII[c] = c == '-' || isWordChar(c);
        }
    }

    /** {@code keys}: the terms; matching ignores case, so their case does not matter. */
    TermFinder(List<String> keys) {
        Builder top = new Builder();
        for (String key : keys) {
            Builder node = top;
            for (int i = 0; i < key.length(); i++) {
                node = node.children.computeIfAbsent(fold(key.charAt(i)), c -> new Builder());
            }
            if (node.key == null) {
                node.key = key;
            }
        }
        root = top.build();
        for (char c = 0; c < 128; c++) {
            startsTerm[c] = root.child(fold(c)) != null;
        }
    }

    /** The first term in {@code text} between {@code from} and {@code to}, or null; text outside that range is not looked at. */
    Found find(char[] text, int from, int to) {
        boolean blocked = false;
        int i = from;
        while (i < to) {
            char ch = text[i];
            // most text is ASCII: two table lookups a character
            boolean ascii = ch < 128;
            if (!blocked && (ascii ? startsTerm[ch] : root.child(fold(ch)) != null)) {
                Found found = longestAt(text, i, to);
                if (found != null) {
                    return found;
                }
            }
            if (ascii) {
                blocked = BLOCKS_ASCII[ch];
                i++;
            } else {
                int c = codePointAt(text, i, to);
                blocked = isWordChar(c);
                i += Character.charCount(c);
            }
        }
        return null;
    }

    private Found longestAt(char[] text, int start, int to) {
        Node node = root;
        String key = null;
        int end = -1;
        for (int j = start; j < to; ) {
            node = node.child(fold(text[j]));
            if (node == null) {
                break;
            }
            j++;
            if (node.key != null && (j == to || !isWordChar(codePointAt(text, j, to)))) {
                key = node.key;
                end = j;
            }
        }
        return key == null ? null : new Found(key, start, end);
    }

    /** Letters and digits of any script ({@code \p{L}} and {@code \p{N}}), and the underscore of names like {@code plaatsen_bso}. */
    static boolean isWordChar(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The same folding as case-insensitive Unicode regular expressions use. */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static int codePointAt(char[] text, int i, int to) {
        char c = text[i];
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
            return Character.toCodePoint(c, text[i + 1]);
        }
        return c;
    }

    /**
     * A trie node: its children by folded character, in a table for ASCII (looked up at nearly every
     * word of every page) and sorted for binary search otherwise; and the term ending here.
     */
    private static final class Node {
        private final Node[] ascii = new Node[128];
        private final char[] chars;
        private final Node[] children;
        private final String key;

        Node(char[] chars, Node[] children, String key) {
            this.chars = chars;
            this.children = children;
            this.key = key;
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] < 128) {
                    ascii[chars[i]] = children[i];
                }
            }
        }

        Node child(char c) {
            if (c < 128) {
                return ascii[c];
            }
            int i = Arrays.binarySearch(chars, c);
            return i < 0 ? null : children[i];
        }
    }

    private static final class Builder {
        private final Map<Character, Builder> children = new TreeMap<>();
        private String key;

        Node build() {
            char[] chars = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                chars[i] = e.getKey();
                nodes[i] = e.getValue().build();
                i++;
            }
            return new Node(chars, nodes, key);
        }
    }
}
