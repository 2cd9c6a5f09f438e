package nl.ikcatlas.model;

import java.time.LocalDate;

/** A name a place had until a date. */
public record FormerName(String name, LocalDate until) {
}
