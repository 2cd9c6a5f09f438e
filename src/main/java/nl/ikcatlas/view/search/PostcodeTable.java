package nl.ikcatlas.view.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.ikcatlas.model.Address;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.PostcodePoint;

/**
 * Where each postcode the search page knows lies, made at build time: from the atlas's own addresses
 * (a 6-character postcode at the mean of its addresses, which is exact for one address; a 4-digit area at
 * the mean of all its addresses) and from the postcode file, whose points take the place of those.
 * Keys are {@code 2661} and {@code 2661AB}: digits and capitals, no space.
 */
public final class PostcodeTable {

    private PostcodeTable() {
    }

    public static Map<String, Coordinates> of(Atlas atlas, List<PostcodePoint> file) {
        // one point per address, however many records share it
        Map<String, Coordinates> addresses = new LinkedHashMap<>();
        atlas.schools().forEach(s -> add(addresses, s.address(), s.coordinates()));
        atlas.childcareLocations().forEach(c -> add(addresses, c.address(), c.coordinates()));
        Map<String, List<Coordinates>> groups = new TreeMap<>();
        addresses.forEach((key, at) -> {
            String postcode = key.substring(0, key.indexOf('|'));
            groups.computeIfAbsent(postcode, k -> new ArrayList<>()).add(at);
            if (postcode.length() == 6) {
                groups.computeIfAbsent(postcode.substring(0, 4), k -> new ArrayList<>()).add(at);
            }
        });
        Map<String, Coordinates> table = new TreeMap<>();
        groups.forEach((postcode, points) -> table.put(postcode, mean(points)));
        file.forEach(p -> table.put(p.postcode(), p.at()));
        return table;
    }

    /** The postcode as a key: digits and capitals without a space. */
    static String key(String postcode) {
        return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static void add(Map<String, Coordinates> addresses, Address address, Coordinates at) {
        if (address == null || address.postcode() == null || at == null) {
            return;
        }
        String postcode = key(address.postcode());
        if (postcode.matches("[1-9][0-9]{3}([A-Z]{2})?")) {
            addresses.putIfAbsent(postcode + "|" + address.street().toLowerCase(Locale.ROOT), at);
        }
    }

    private static Coordinates mean(List<Coordinates> points) {
        double lat = 0;
        double lon = 0;
        for (Coordinates p : points) {
            lat += p.lat();
            lon += p.lon();
        }
        return new Coordinates(lat / points.size(), lon / points.size());
    }
}
