package nl.ikcatlas.problem;

import java.util.Comparator;

/** One mistake in the user's input, with where it is and, when it helps, what to do about it. */
public record Problem(Position position, String message, String hint) {

    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::message);

    /** The form printed to the terminal: {@code file:line:column: message}, and the hint on the next line. */
    public String format() {
        String first = position + ": " + message;
        return hint == null ? first : first + "\n    hint: " + hint;
    }
}
