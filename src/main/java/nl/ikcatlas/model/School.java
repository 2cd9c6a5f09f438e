package nl.ikcatlas.model;

/** A school location (vestiging), identified by its vestigingscode: BRIN plus two digits. */
public record School(
        String id,
        String vestigingscode,
        String name,
        String board,
        Address address,
        Coordinates coordinates,
        String area,
        String denomination,
        String website,
        Pupils pupils,
        History history,
        String source,
        Origin origin) {
}
