package nl.ikcatlas.model;

/** The kinds of place in the atlas; on maps each has its own shape and colour. */
public enum PlaceKind {
    KINDCENTRUM("kindcentrum", "Kindcentrum"),
    SCHOOL("school", "School"),
    CHILDCARE("opvang", "Opvang");

    private final String code;
    private final String label;

    PlaceKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used in CSS classes, the GeoJSON {@code kind} and the map script. */
    public String code() {
        return code;
    }

    /** Plain Dutch, as shown in legends and lists. */
    public String label() {
        return label;
    }
}
