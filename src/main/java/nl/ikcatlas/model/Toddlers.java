package nl.ikcatlas.model;

/** Toddlers (2 to 4 years) living in an area in one year, and how many of them are at risk of delay. */
public record Toddlers(int year, int count, Integer atRisk, String source) {
}
