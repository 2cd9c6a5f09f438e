package nl.ikcatlas.view.search;

import java.util.List;

/**
 * One place in the search index the search page reads: a kindcentrum, school or childcare location.
 * {@code href} is relative to the site root. {@code text} is what a query is matched against,
 * already normalised (lower case, no accents, postcode with and without its space). {@code areas}
 * are the area ids the place lies in (its own and every area around it), {@code care} the care
 * type codes, {@code level} the typical ambition level number (0 when there is no assessment),
 * {@code lat} and {@code lon} where it lies (null when that is not known), for "near me".
 */
public record SearchEntry(
        String kind,
        String name,
        String href,
        String address,
        List<String> facts,
        List<String> areas,
        List<String> care,
        boolean vve,
        int level,
        String text,
        Double lat,
        Double lon) {

    public SearchEntry {
        facts = List.copyOf(facts);
        areas = List.copyOf(areas);
        care = List.copyOf(care);
    }
}
