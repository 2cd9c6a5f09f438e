package nl.ikcatlas.model;

/** Whether the partners at a location want to become an IKC. */
public enum InterestCategory implements Coded {
    /** 1: wants to start now; support and partners are clear. */
    START("1"),
    /** 2: still orienting. */
    ORIENTATION("2"),
    /** 3: no interest in becoming an IKC. */
    NO_INTEREST("3");

    private final String code;

    InterestCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
