package nl.ikcatlas.map;

import nl.ikcatlas.model.Coordinates;

/**
 * RD New (Rijksdriehoeksstelsel, EPSG:28992) to WGS84, with the polynomial approximation of
 * Schreutelkamp and Strang van Hees (accurate to about a metre within the Netherlands).
 */
public final class RdNew {
    /** The area where RD coordinates are defined (metres). */
    public static final double MIN_X = -7_000;
    public static final double MAX_X = 300_000;
    public static final double MIN_Y = 289_000;
    public static final double MAX_Y = 629_000;

    private static final double X0 = 155_000;
    private static final double Y0 = 463_000;
    private static final double PHI0 = 52.15517440;
    private static final double LAM0 = 5.38720621;

    // {p, q, coefficient}: dX^p * dY^q, in arc seconds
    private static final double[][] K = {
            {0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978}, {0, 3, -0.06550},
            {2, 2, -0.01709}, {1, 0, -0.00738}, {4, 0, 0.00530}, {2, 3, -0.00039}, {4, 1, 0.00033},
            {1, 1, -0.00012}};
    private static final double[][] L = {
            {1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656}, {3, 0, -0.81885}, {1, 3, 0.05594},
            {3, 1, -0.05607}, {0, 1, 0.01199}, {3, 2, -0.00256}, {1, 4, 0.00128}, {0, 2, 0.00022},
            {2, 0, -0.00022}, {5, 0, 0.00026}};

    private RdNew() {
    }

    public static boolean inRange(double x, double y) {
        return x >= MIN_X && x <= MAX_X && y >= MIN_Y && y <= MAX_Y;
    }

    public static Coordinates toWgs84(double x, double y) {
        double dx = (x - X0) * 1e-5;
        double dy = (y - Y0) * 1e-5;
        return new Coordinates(PHI0 + sum(K, dx, dy) / 3600, LAM0 + sum(L, dx, dy) / 3600);
    }

    private static double sum(double[][] terms, double dx, double dy) {
        double s = 0;
        for (double[] t : terms) {
            s += t[2] * Math.pow(dx, t[0]) * Math.pow(dy, t[1]);
        }
        return s;
    }
}
