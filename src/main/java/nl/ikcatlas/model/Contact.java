package nl.ikcatlas.model;

/** How readers reach the organisation behind the atlas. Organisations only, never a person. */
public record Contact(String organisation, String email, String phone, String website) {
}
