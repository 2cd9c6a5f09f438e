package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * An ambition level ready to show: "3 van 5", its name, and the five steps of the bar
 * ({@code true} = filled), so the template draws it without counting.
 */
public record LevelView(String id, String number, String of, String label, String name, List<Boolean> steps) {

    public LevelView {
        steps = List.copyOf(steps);
    }
}
