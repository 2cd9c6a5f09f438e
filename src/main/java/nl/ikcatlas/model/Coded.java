package nl.ikcatlas.model;

/** A closed vocabulary whose values are written in the data files by a short code. */
public interface Coded {
    /** The code as written in YAML. */
    String code();
}
