package nl.ikcatlas.model;

/** A postal address: street with house number, postcode {@code 1234 AB}, place. */
public record Address(String street, String postcode, String place) {
}
