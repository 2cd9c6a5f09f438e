package nl.ikcatlas.map;

import nl.ikcatlas.model.Coordinates;

/**
 * An area on an overview map: its page ({@code path}, relative to the site root), where its marker
 * sits, and how many open places it has.
 */
public record AreaCount(String name, String path, Coordinates at, PlaceCounts counts) {
}
