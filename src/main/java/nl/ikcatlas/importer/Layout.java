package nl.ikcatlas.importer;

import java.util.List;
import nl.ikcatlas.load.RecordFolder;

/** How the importer writes one kind of record: its folder, its schema and the order of its fields. */
public enum Layout {
    AREA(RecordFolder.AREAS, "area", List.of("id", "name", "kind", "cbs_code", "parent", "description", "boundary",
            "toddlers", "source")),
    BOARD(RecordFolder.BOARDS, "board", List.of("id", "number", "name", "denomination", "website", "source")),
    SCHOOL(RecordFolder.SCHOOLS, "school", List.of("id", "vestigingscode", "name", "board", "address", "postcode",
            "place", "coordinates", "area", "denomination", "website", "pupils", "opened", "closed", "former_names",
            "source")),
    HOLDER(RecordFolder.HOLDERS, "holder", List.of("id", "name", "kvk", "website", "phone", "source")),
    CHILDCARE(RecordFolder.CHILDCARE, "childcare", List.of("id", "lrk", "name", "holder", "care_types", "places", "vve",
            "address", "postcode", "place", "coordinates", "area", "lrk_url", "website", "phone", "opened", "closed",
            "former_names", "source"));

    private final RecordFolder folder;
    private final String schema;
    private final List<String> order;

    Layout(RecordFolder folder, String schema, List<String> order) {
        this.folder = folder;
        this.schema = schema;
        this.order = order;
    }

    public RecordFolder folder() {
        return folder;
    }

    /** The first line of every record of this kind, naming its JSON Schema. */
    public String schemaLine() {
        return "# yaml-language-server: $schema=../../schema/" + schema + ".schema.json";
    }

    public List<String> order() {
        return order;
    }

    /** A place: a school or childcare location, which opens, closes, is renamed and lies in an area. */
    public boolean isPlace() {
        return this == SCHOOL || this == CHILDCARE;
    }
}
