package nl.ikcatlas.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernen (villages and towns) of the places a register names: a place gets an area of kind
 * {@code kern} with its name, unless the atlas has an area of that name already. New schools and
 * childcare locations lie in the kern of their place until {@code import cbs-wijken} or an editor
 * puts them in a wijk.
 */
public final class Kernen {
    private Kernen() {
    }

    /** The area id of every place, adding areas for places that have none. */
    public static Map<String, String> of(List<String> places, RegisterSource source, String registerFile, Merge merge) {
        Map<String, RegisterRecord> byName = new LinkedHashMap<>();
        for (String place : places) {
            Map<String, Value> owned = new LinkedHashMap<>();
            owned.put("name", Value.text(place));
            byName.putIfAbsent(place, new RegisterRecord(Layout.AREA, "name", place, Names.id(place), owned,
                    Map.of("kind", Value.raw("kern"), "source", Value.text(source.id())), null, 1));
        }
        return merge.merge(Layout.AREA, registerFile, List.copyOf(byName.values()), false);
    }
}
