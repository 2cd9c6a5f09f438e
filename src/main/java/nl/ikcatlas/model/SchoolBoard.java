package nl.ikcatlas.model;

/** A school board (bevoegd gezag). The name may be unknown: then only the number is shown. */
public record SchoolBoard(
        String id,
        String number,
        String name,
        String denomination,
        String website,
        String source,
        Origin origin) {
}
