package nl.ikcatlas.model;

/** Who leads the continuous line from childcare to school in a kindcentrum. */
public enum Lead implements Coded {
    SCHOOL("school"),
    CHILDCARE("opvang"),
    JOINT("samen");

    private final String code;

    Lead(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
