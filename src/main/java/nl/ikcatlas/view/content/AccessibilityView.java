package nl.ikcatlas.view.content;

import java.util.List;
import nl.ikcatlas.model.Accessibility;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Layouts;

/**
 * The parts of the accessibility statement that come from {@code atlas.yaml}: the status ("C"), in the
 * model's words ("eerste maatregelen genomen"), the date of the last test, how it was tested (or null) and
 * the known exceptions.
 */
public record AccessibilityView(String status, String statusWords, String tested, String method,
        List<String> exceptions) {

    public AccessibilityView {
        exceptions = List.copyOf(exceptions);
    }

    /** Null when the atlas gives no accessibility settings. */
    static AccessibilityView of(Accessibility a) {
        if (a == null) {
            return null;
        }
        return new AccessibilityView(a.status().code(), a.status().words(),
                a.tested() == null ? null : Dutch.date(a.tested()), Layouts.blankToNull(a.method()), a.exceptions());
    }
}
