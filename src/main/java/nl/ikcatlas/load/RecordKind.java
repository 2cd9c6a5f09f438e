package nl.ikcatlas.load;

/** The kinds of record in {@code data/}: where their files live and the fields they may have. */
public enum RecordKind {
    ATLAS("atlas", "data/atlas.yaml", "Instellingen van de atlas", SettingsReader.FIELDS),
    INSTRUMENT("instrument", "data/instrument.yaml", "Het ontwikkelinstrument: ambitieniveaus en thema's",
            InstrumentReader.FIELDS),
    AREA("area", "data/areas/", "Een gebied: een kern of een wijk", AreaReader.FIELDS),
    BOARD("board", "data/boards/", "Een schoolbestuur", BoardReader.FIELDS),
    SCHOOL("school", "data/schools/", "Een schoolvestiging (basisonderwijs)", SchoolReader.FIELDS),
    HOLDER("holder", "data/holders/", "Een houder van kinderopvang", HolderReader.FIELDS),
    CHILDCARE("childcare", "data/childcare/", "Een locatie voor kinderopvang", ChildcareReader.FIELDS),
    KINDCENTRUM("kindcentrum", "data/kindcentra/", "Een kindcentrum: school en opvang die samenwerken op een plek",
            KindcentrumReader.FIELDS);

    /** The folder of the schemas, at the top of the atlas folder and of the site. */
    public static final String SCHEMA_FOLDER = "schema";

    private final String name;
    private final String location;
    private final String title;
    private final FieldGroup fields;

    RecordKind(String name, String location, String title, FieldGroup fields) {
        this.name = name;
        this.location = location;
        this.title = title;
        this.fields = fields;
    }

    /** Where the records are: a file, or a folder ending in '/'. */
    public String location() {
        return location;
    }

    /** What a record of this kind is, in Dutch. */
    public String title() {
        return title;
    }

    public FieldGroup fields() {
        return fields;
    }

    /** The schema's file name, such as {@code school.schema.json}. */
    public String schemaFile() {
        return name + ".schema.json";
    }

    /** The first line of every record of this kind: it tells editors such as VS Code which schema applies. */
    public String schemaComment() {
        return "# yaml-language-server: $schema=" + (location.endsWith("/") ? "../../" : "../") + SCHEMA_FOLDER
                + "/" + schemaFile();
    }
}
