package nl.ikcatlas.model;

/** The number of pupils of a school on a counting date, with its source. */
public record Pupils(int count, int year, String source) {
}
