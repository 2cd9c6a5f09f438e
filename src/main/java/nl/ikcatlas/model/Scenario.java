package nl.ikcatlas.model;

/** How a kindcentrum is housed and organised. */
public enum Scenario implements Coded {
    /** One school, with toddler groups in the school building. */
    SCHOOL("school"),
    /** A multifunctional building with several schools and childcare. */
    MFA("mfa");

    private final String code;

    Scenario(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
