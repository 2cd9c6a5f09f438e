package nl.ikcatlas.view.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.ikcatlas.map.PlaceCounts;

/** Dutch formatting of dates, numbers and lists, done here so templates never format. */
public final class Dutch {
    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private Dutch() {
    }

    /** "1 november 2026"; null stays null. */
    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** "45.000", written as the maps write their counts. */
    public static String number(long n) {
        return PlaceCounts.number(n);
    }

    /** "1 school", "3 scholen". */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /** "a", "a en b", "a, b en c". */
    public static String join(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
