package nl.ikcatlas.map;

/**
 * An area to draw on a map. {@code derived}: the outline comes from the places, not a boundary file;
 * {@code current}: the area the page is about; {@code fit}: the map must show all of it;
 * {@code labelled}: its name is written on the map.
 */
public record AreaShape(String name, Outline outline, boolean derived, boolean current, boolean fit,
        boolean labelled) {
}
