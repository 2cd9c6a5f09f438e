package nl.ikcatlas.model;

/** An organisation that runs childcare locations (houder). */
public record ChildcareHolder(String id, String name, String kvk, String website, String source, Origin origin) {
}
