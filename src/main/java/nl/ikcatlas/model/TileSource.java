package nl.ikcatlas.model;

/** Where interactive maps take their background tiles from; {@code NONE} loads nothing from elsewhere. */
public enum TileSource implements Coded {
    PDOK("pdok"),
    OPENSTREETMAP("openstreetmap"),
    NONE("geen");

    private final String code;

    TileSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
