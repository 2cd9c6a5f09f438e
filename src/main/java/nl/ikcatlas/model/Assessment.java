package nl.ikcatlas.model;

import java.time.LocalDate;
import java.util.Map;

/** One year's scores of a kindcentrum: a level id per theme id (in the file's order). */
public record Assessment(int year, LocalDate date, String source, Map<String, String> levels, String note) {
}
