package nl.ikcatlas.load;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link and image addresses a published page may hold. Links go to the web ({@code http}, {@code https}),
 * to e-mail ({@code mailto}) or to pages of the site (no scheme); images come from the site itself. The scheme
 * is read as a browser reads it: tabs and line breaks inside it and spaces before it are ignored.
 */
public final class LinkTargets {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

    private LinkTargets() {
    }

    public static boolean isAllowedLink(String url) {
        String scheme = scheme(url);
        return scheme == null || LINK_SCHEMES.contains(scheme);
    }

    /** An image of the site itself: a relative address, not one on another host ({@code //host/x.png}). */
    public static boolean isSiteImage(String url) {
        String normal = normal(url);
        return scheme(url) == null && !normal.startsWith("//") && !normal.startsWith("\\\\")
                && !normal.startsWith("/\\") && !normal.startsWith("\\/");
    }

    /** The lower-case scheme of {@code url}, or null when it has none (a relative address). */
    static String scheme(String url) {
        Matcher m = SCHEME.matcher(normal(url));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String normal(String url) {
        String s = url == null ? "" : url.replaceAll("[\\t\\n\\r]", "");
        int start = 0;
        while (start < s.length() && s.charAt(start) <= ' ') {
            start++;
        }
        return s.substring(start);
    }
}
