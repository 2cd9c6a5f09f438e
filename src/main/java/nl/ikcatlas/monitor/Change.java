package nl.ikcatlas.monitor;

/** How a theme's level moved between two assessments of one kindcentrum. */
public enum Change {
    UP,
    SAME,
    DOWN;

    static Change of(int difference) {
        return difference > 0 ? UP : difference < 0 ? DOWN : SAME;
    }
}
