package nl.ikcatlas.monitor;

import nl.ikcatlas.model.Theme;

/** One theme's level before and after, as level numbers (1 = lowest), and the direction. */
public record ThemeShift(Theme theme, String fromLevel, String toLevel, int from, int to) {

    public Change change() {
        return Change.of(to - from);
    }

    public int difference() {
        return to - from;
    }
}
