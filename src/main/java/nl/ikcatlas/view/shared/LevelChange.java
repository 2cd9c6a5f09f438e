package nl.ikcatlas.view.shared;

import nl.ikcatlas.monitor.ThemeShift;

/**
 * A theme's change since the previous assessment, ready to show: an arrow for the eye ("↑") and the
 * same in words for screen readers and paper ("hoger dan in 2025"), and a css class per direction
 * ("change-down"), so a decline can stand out.
 */
public record LevelChange(String arrow, String words, String cssClass) {

    /** The change of {@code shift} against the assessment of {@code previousYear}; null when there is nothing to compare. */
    public static LevelChange of(ThemeShift shift, int previousYear) {
        if (shift == null || shift.from() <= 0) {
            return null;
        }
        return switch (shift.change()) {
            case UP -> new LevelChange("↑", "hoger dan in " + previousYear, "change-up");
            case SAME -> new LevelChange("=", "gelijk aan " + previousYear, "change-same");
            case DOWN -> new LevelChange("↓", "lager dan in " + previousYear, "change-down");
        };
    }
}
