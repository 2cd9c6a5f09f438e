package nl.ikcatlas.map;

import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.Coordinates;

/**
 * A place that can appear on a map: {@code path} is its page relative to the site root;
 * {@code approximate} is true when its position comes from example data. {@code status} says, in
 * words that follow the name, why the place is not open on the edition date ("gesloten sinds
 * 31 juli 2025"); it is null for an open place.
 */
public record MapPlace(String id, PlaceKind kind, String name, Coordinates at, String path, boolean approximate,
        String status) {

    /** An open place. */
    public MapPlace(String id, PlaceKind kind, String name, Coordinates at, String path, boolean approximate) {
        this(id, kind, name, at, path, approximate, null);
    }

    public boolean open() {
        return status == null;
    }
}
