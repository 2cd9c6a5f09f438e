package nl.ikcatlas.model;

/** The kinds of childcare a location can offer. */
public enum CareType implements Coded {
    /** Dagopvang, 0 to 4 years, whole days (kinderdagverblijf). */
    KDV("kdv"),
    /** Toddler care, 2 to 4 years, part days. */
    PEUTEROPVANG("peuteropvang"),
    /** Out-of-school care, 4 to 12 years. */
    BSO("bso"),
    /** Lunch-time care at school. */
    TSO("tso");

    private final String code;

    CareType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
