package nl.ikcatlas.monitor;

import nl.ikcatlas.model.Theme;

/** One theme's level before and after, as level numbers (1 = lowest), and the direction. */
public record ThemeShift(Theme theme, String fromLevel, String toLevel, int from, int to) {

    public Change change() {
        return Change.of(to - from);
    }

    /** Whether both assessments give this theme a level, so the two can be compared. */
    public boolean comparable() {
        return from > 0 && to > 0;
    }

    public int difference() {
        return to - from;
    }
}
