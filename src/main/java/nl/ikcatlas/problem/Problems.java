package nl.ikcatlas.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in one run, so they can be reported together. */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public void add(Position position, String message) {
        problems.add(new Problem(position, message, null));
    }

    public void add(Position position, String message, String hint) {
        problems.add(new Problem(position, message, hint));
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    public void addAll(List<Problem> other) {
        problems.addAll(other);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** All problems, ordered by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Problem.BY_POSITION);
        return List.copyOf(copy);
    }
}
