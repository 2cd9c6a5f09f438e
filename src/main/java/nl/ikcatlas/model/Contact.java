package nl.ikcatlas.model;

/**
 * How readers reach the organisation behind the atlas: organisations only, never a person. {@code form} is
 * the address of its contact form on the web.
 */
public record Contact(String organisation, String email, String phone, String website, String form) {
}
