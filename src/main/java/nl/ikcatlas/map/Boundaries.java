package nl.ikcatlas.map;

import java.util.Map;
import java.util.Optional;

/** The outlines read from the atlas's boundary files, per area id. */
public final class Boundaries {
    public static final Boundaries NONE = new Boundaries(Map.of());

    private final Map<String, Outline> byArea;

    public Boundaries(Map<String, Outline> byArea) {
        this.byArea = Map.copyOf(byArea);
    }

    public Optional<Outline> of(String areaId) {
        return Optional.ofNullable(byArea.get(areaId));
    }
}
