package nl.ikcatlas.map;

import java.util.ArrayList;
import java.util.List;

/** How many open kindcentra, schools and childcare locations an area (or a whole map) has. */
public record PlaceCounts(int kindcentra, int schools, int childcare) {
    public int total() {
        return kindcentra + schools + childcare;
    }

    /** "2 kindcentra, 1.250 scholen en 3 opvanglocaties", leaving out kinds there are none of. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, kindcentra, "kindcentrum", "kindcentra");
        add(parts, schools, "school", "scholen");
        add(parts, childcare, "opvanglocatie", "opvanglocaties");
        if (parts.isEmpty()) {
            return "geen plekken";
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    /** "Lijst van 1 plek", "Lijst van de 12 plekken". */
    static String listTitle(long n, String one, String many) {
        return n == 1 ? "Lijst van 1 " + one : "Lijst van de " + count(n, one, many);
    }

    /** "1 opvanglocatie", "1.250 opvanglocaties": the map's count phrase, as Dutch.count is the view's. */
    static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /**
     * "1.250", "-45.000": digits in groups of three with points, as Dutch writes whole numbers; by hand,
     * as NumberFormat is not thread-safe and making one per number costs more than the page's map.
     */
    public static String number(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int first = (digits.length() - sign - 1) % 3 + 1;
        StringBuilder grouped = new StringBuilder(digits.length() + 6).append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return grouped.toString();
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(count(n, one, many));
        }
    }
}
