package nl.ikcatlas.model;

/**
 * Where a postcode lies, from the atlas's postcode file: {@code postcode} is 4 digits ({@code 2661}, the
 * middle of the whole area) or 4 digits and 2 capital letters without a space ({@code 2661AB}).
 */
public record PostcodePoint(String postcode, Coordinates at) {
}
