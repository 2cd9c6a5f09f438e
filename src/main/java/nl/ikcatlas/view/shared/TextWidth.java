package nl.ikcatlas.view.shared;

import java.text.Normalizer;

/**
 * Estimates how wide a line of text is in the charts' font (Liberation Sans, Arial or Helvetica, which
 * share their widths), so a chart can make room for its labels or wrap them. A visitor's browser may
 * fall back to a wider sans-serif, so the estimate is on the generous side.
 */
public final class TextWidth {
    /** Advance widths of the characters from space (32) to tilde (126), in thousandths of the font size. */
    private static final int[] WIDTHS = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584       // p to ~
    };
    /** Room for a wider fallback font than the one the widths are of. */
    private static final double MARGIN = 1.15;

    private TextWidth() {
    }

    /** The width of {@code text} at {@code fontSize}, in the same units, rounded up. */
    public static int of(String text, double fontSize) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        double thousandths = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            thousandths += c >= 32 && c <= 126 ? WIDTHS[c - 32] : 1000;
        }
        return (int) Math.ceil(thousandths * fontSize * MARGIN / 1000);
    }
}
