package nl.ikcatlas.model;

/**
 * The compliance status of the national model of the accessibility statement (toegankelijkheidsverklaring.nl):
 * A to E, with the model's own words.
 */
public enum AccessibilityStatus implements Coded {
    A("A", "voldoet volledig"),
    B("B", "voldoet gedeeltelijk"),
    C("C", "eerste maatregelen genomen"),
    D("D", "voldoet niet"),
    E("E", "geen inzicht");

    private final String code;
    private final String words;

    AccessibilityStatus(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status in the model's words, "voldoet gedeeltelijk". */
    public String words() {
        return words;
    }
}
