package nl.ikcatlas.load;

/** The folders of {@code data/}, one per kind of record, with what an editor calls the kind. */
public enum RecordFolder {
    AREAS("areas", "area"),
    BOARDS("boards", "school board"),
    SCHOOLS("schools", "school"),
    HOLDERS("holders", "childcare holder"),
    CHILDCARE("childcare", "childcare location"),
    KINDCENTRA("kindcentra", "kindcentrum");

    private final String folder;
    private final String noun;

    RecordFolder(String folder, String noun) {
        this.folder = folder;
        this.noun = noun;
    }

    public String folder() {
        return folder;
    }

    /** The kind of record in words, for messages. */
    public String noun() {
        return noun;
    }
}
