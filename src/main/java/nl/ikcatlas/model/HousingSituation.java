package nl.ikcatlas.model;

/** How the partners of a kindcentrum are housed relative to each other. */
public enum HousingSituation implements Coded {
    ONE_BUILDING("een-gebouw"),
    SIDE_BY_SIDE("naast-elkaar"),
    WALKING_DISTANCE("loopafstand"),
    APART("apart");

    private final String code;

    HousingSituation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
