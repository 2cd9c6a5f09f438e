package nl.ikcatlas.model;

/** An organisation that runs childcare locations (houder); {@code phone} is the organisation's own number. */
public record ChildcareHolder(String id, String name, String kvk, String website, String phone, String source,
        Origin origin) {
}
