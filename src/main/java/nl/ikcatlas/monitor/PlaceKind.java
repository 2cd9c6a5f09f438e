package nl.ikcatlas.monitor;

/** The kinds of places whose history the atlas keeps. */
public enum PlaceKind {
    SCHOOL,
    CHILDCARE,
    KINDCENTRUM
}
