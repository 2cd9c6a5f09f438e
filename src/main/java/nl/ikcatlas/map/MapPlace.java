package nl.ikcatlas.map;

import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.Coordinates;

/**
 * A place that can appear on a map: {@code path} is its page relative to the site root;
 * {@code approximate} is true when its position comes from example data.
 */
public record MapPlace(String id, PlaceKind kind, String name, Coordinates at, String path, boolean approximate) {
}
