package nl.ikcatlas.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** How registers' texts become the atlas's: names and places in proper case, ids, web addresses, postcodes. */
public final class Names {
    /** Words written in lower case inside a Dutch place name: "Berkel en Rodenrijs", "Bergen op Zoom". */
    private static final Set<String> PARTICLES = Set.of("aan", "bij", "de", "den", "der", "en", "gem", "het", "in",
            "onder", "op", "over", "te", "ten", "ter", "van", "voor");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final int MAX_ID = 64;

    private Names() {
    }

    /** Spaces collapsed; a text in capitals only is put in proper case ({@code 'S-GRAVENHAGE} -> {@code 's-Gravenhage}). */
    public static String name(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.chars().anyMatch(Character::isLowerCase) ? clean : properCase(clean);
    }

    static String properCase(String text) {
        StringBuilder result = new StringBuilder();
        String[] words = text.toLowerCase(DUTCH).split(" ");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                result.append(' ');
            }
            String word = words[w];
            if (w > 0 && PARTICLES.contains(word)) {
                result.append(word);
                continue;
            }
            String[] parts = word.split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    result.append('-');
                }
                result.append(capitalised(parts[p]));
            }
        }
        return result.toString();
    }

    private static String capitalised(String part) {
        if (part.equals("'s") || part.equals("'t") || part.equals("'n")) {
            return part;
        }
        int first = 0;
        while (first < part.length() && !Character.isLetter(part.charAt(first))) {
            first++;
        }
        if (first == part.length()) {
            return part;
        }
        if (part.startsWith("ij", first)) {
            return part.substring(0, first) + "IJ" + part.substring(first + 2);
        }
        return part.substring(0, first) + Character.toUpperCase(part.charAt(first)) + part.substring(first + 1);
    }

    /** An id made of a name: lower case letters, digits and single hyphens ({@code 'T Zandt} -> {@code t-zandt}). */
    public static String id(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > MAX_ID) {
            id = id.substring(0, MAX_ID).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "naamloos" : id;
    }

    /** A web address with its scheme ({@code www.school.nl} -> {@code https://www.school.nl}); null when empty. */
    public static String website(String text) {
        String clean = text.strip();
        if (clean.isEmpty() || clean.contains(" ")) {
            return null;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? clean : "https://" + clean;
    }

    /** A postcode written as {@code 1234 AB}; the text as given when it is not a Dutch postcode. */
    public static String postcode(String text) {
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.matches("[0-9]{4}[A-Z]{2}") ? compact.substring(0, 4) + " " + compact.substring(4) : text.strip();
    }
}
