package nl.ikcatlas.model;

/** The kinds of area an atlas groups places by. */
public enum AreaKind implements Coded {
    KERN("kern"),
    WIJK("wijk");

    private final String code;

    AreaKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
