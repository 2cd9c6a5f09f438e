package nl.ikcatlas.problem;

/**
 * A value from the user's files as a message shows it: quoted, on one line and at most about 60
 * characters. Messages end up in terminals and CI logs, so they never echo more of a file than that.
 */
public final class Quote {
    static final int MAX = 60;
    public static final int MESSAGE_MAX = 160;

    private Quote() {
    }

    /** {@code 'value'}, cut as {@link #excerpt}. */
    public static String of(Object value) {
        return "'" + excerpt(value) + "'";
    }

    /** The value cut to {@value #MAX} characters, ending in "...", with line breaks and control characters as spaces. */
    public static String excerpt(Object value) {
        return excerpt(value, MAX);
    }

    /**
     * As {@link #excerpt(Object)}, cut to {@code max} characters: for a parser's message, which quotes a few
     * characters of the file itself ({@value #MESSAGE_MAX} characters keep its explanation whole).
     */
    public static String excerpt(Object value, int max) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 4)) ? max - 4 : max - 3;
        return text.substring(0, cut) + "...";
    }
}
