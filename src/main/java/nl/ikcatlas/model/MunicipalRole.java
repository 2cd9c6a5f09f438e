package nl.ikcatlas.model;

/** The role a municipality takes in the development of kindcentra (VNG, "Vaart maken"). */
public enum MunicipalRole implements Coded {
    STEERING("sturend"),
    DIRECTING("regisserend"),
    FACILITATING("faciliterend"),
    FOLLOWING("volgend");

    private final String code;

    MunicipalRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
