package nl.ikcatlas.validate;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.load.RecordFolder;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Origin;

/** The parts every record has, so rules that apply to all records are written once. */
record RecordRef(RecordFolder folder, String id, String source, Origin origin) {

    static List<RecordRef> all(Atlas atlas) {
        List<RecordRef> refs = new ArrayList<>();
        atlas.areas().forEach(r -> refs.add(new RecordRef(RecordFolder.AREAS, r.id(), r.source(), r.origin())));
        atlas.boards().forEach(r -> refs.add(new RecordRef(RecordFolder.BOARDS, r.id(), r.source(), r.origin())));
        atlas.schools().forEach(r -> refs.add(new RecordRef(RecordFolder.SCHOOLS, r.id(), r.source(), r.origin())));
        atlas.holders().forEach(r -> refs.add(new RecordRef(RecordFolder.HOLDERS, r.id(), r.source(), r.origin())));
        atlas.childcareLocations().forEach(r ->
                refs.add(new RecordRef(RecordFolder.CHILDCARE, r.id(), r.source(), r.origin())));
        atlas.kindcentra().forEach(r -> refs.add(new RecordRef(RecordFolder.KINDCENTRA, r.id(), r.source(), r.origin())));
        return refs;
    }
}
