package nl.ikcatlas.model;

import java.time.LocalDate;

/** A source that records cite by id; an illustrative source marks made-up example data. */
public record Source(
        String id,
        String name,
        String publisher,
        String url,
        LocalDate date,
        boolean illustrative,
        String description) {
}
