package nl.ikcatlas.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the accessibility statement says: the {@code status}, the date of the last test or evaluation
 * ({@code tested}), how it was tested ({@code method}, or null) and the known {@code exceptions} (parts
 * that do not meet the requirements yet), each a sentence.
 */
public record Accessibility(AccessibilityStatus status, LocalDate tested, String method, List<String> exceptions) {

    public Accessibility {
        exceptions = List.copyOf(exceptions);
    }
}
