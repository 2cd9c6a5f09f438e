package nl.ikcatlas.load;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;
import nl.ikcatlas.problem.Suggestions;

/** Reports the keys of a mapping that are not declared, with the field the editor probably meant. */
final class UnknownFields {
    /** Dutch words editors are likely to write for a field, and the field they mean. */
    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("naam", "name"), Map.entry("adres", "address"), Map.entry("plaats", "place"),
            Map.entry("woonplaats", "place"), Map.entry("gebied", "area"), Map.entry("bestuur", "board"),
            Map.entry("houder", "holder"), Map.entry("bron", "source"), Map.entry("soort", "kind"),
            Map.entry("jaar", "year"), Map.entry("datum", "date"), Map.entry("opmerking", "note"),
            Map.entry("niveaus", "levels"), Map.entry("scholen", "schools"), Map.entry("opvang", "childcare"),
            Map.entry("coordinaten", "coordinates"), Map.entry("locatie", "coordinates"),
            Map.entry("denominatie", "denomination"), Map.entry("nummer", "number"), Map.entry("plaatsen", "places"),
            Map.entry("huisvesting", "housing"), Map.entry("belangstelling", "interest"), Map.entry("omschrijving", "description"),
            Map.entry("beschrijving", "description"), Map.entry("gemeente", "municipality"), Map.entry("editie", "edition"),
            Map.entry("bronnen", "sources"), Map.entry("wensen", "wishes"), Map.entry("thema", "themes"),
            Map.entry("themas", "themes"), Map.entry("opvangsoorten", "care_types"));

    private UnknownFields() {
    }

    static void report(YamlNode.Mapping mapping, Set<String> allowed, Problems problems) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                String translated = DUTCH.get(entry.key().toLowerCase(Locale.ROOT));
                String hint = translated != null && allowed.contains(translated)
                        ? "did you mean " + Quote.of(translated) + "?" : Suggestions.didYouMean(entry.key(), allowed);
                if (hint == null) {
                    hint = "known fields here: " + allowed.stream().sorted().collect(Collectors.joining(", "));
                }
                problems.add(entry.keyPosition(), "unknown field " + Quote.of(entry.key()), hint);
            }
        }
    }
}
