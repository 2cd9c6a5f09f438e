package nl.ikcatlas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.ikcatlas.model.Coordinates;

/**
 * Items at coordinates, built once, for finding the few nearest to a point without measuring the
 * distance to every item: a k-d tree whose boxes are skipped when no item in them can be near enough.
 * Distances are {@link Geo#distance}; ties keep the order of the list the index was made from, so the
 * result is exactly the start of that list stably sorted by distance. Safe to query from several threads.
 */
public final class NearestIndex<T> {
    /** At most this many items in a leaf: measuring a few is cheaper than descending further. */
    private static final int LEAF = 8;
    /** Bounds are lowered by this fraction, so rounding can never skip an item that belongs in a result. */
    private static final double SAFETY = 1 - 1e-9;

    private final List<T> items;
    private final double[] lat;
    private final double[] lon;
    /** Positions in {@code items}, grouped by the tree's nodes. */
    private final int[] order;
    private final Node root;

    /** An item and its distance in metres. */
    public record Near<T>(T item, double metres) {
    }

    /** A box of items: {@code order[from..to)}, split in two unless it is a leaf. */
    private record Node(int from, int to, double south, double west, double north, double east, Node low,
            Node high) {
    }

    public NearestIndex(List<T> items, Function<T, Coordinates> at) {
        this.items = List.copyOf(items);
        int n = this.items.size();
        lat = new double[n];
        lon = new double[n];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            Coordinates c = at.apply(this.items.get(i));
            lat[i] = c.lat();
            lon[i] = c.lon();
            order[i] = i;
        }
        root = n == 0 ? null : build(0, n);
    }

    public int size() {
        return items.size();
    }

    /** The nearest {@code max} items within {@code radius} metres of {@code from}, nearest first. */
    public List<Near<T>> nearest(Coordinates from, int max, double radius) {
        if (root == null || max <= 0) {
            return List.of();
        }
        Search search = new Search(from.lat(), from.lon(), max, radius);
        search.visit(root, search.atLeast(root));
        List<Near<T>> result = new ArrayList<>(search.count);
        for (int i = 0; i < search.count; i++) {
            result.add(new Near<>(items.get(search.found[i]), search.metres[i]));
        }
        return result;
    }

    private Node build(int from, int to) {
        double south = Double.POSITIVE_INFINITY, west = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY, east = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            south = Math.min(south, lat[order[i]]);
            north = Math.max(north, lat[order[i]]);
            west = Math.min(west, lon[order[i]]);
            east = Math.max(east, lon[order[i]]);
        }
        if (to - from <= LEAF) {
            return new Node(from, to, south, west, north, east, null, null);
        }
        // split the longer side (in metres) at its median
        double[] key = (north - south) >= (east - west) * Math.cos(Math.toRadians((south + north) / 2)) ? lat : lon;
        int middle = (from + to) >>> 1;
        select(key, from, to - 1, middle);
        return new Node(from, to, south, west, north, east, build(from, middle), build(middle, to));
    }

    /** Reorders {@code order[lo..hi]} so that the item at {@code k} has no greater key before it, none smaller after. */
    private void select(double[] key, int lo, int hi, int k) {
        while (lo < hi) {
            double pivot = key[order[(lo + hi) >>> 1]];
            int i = lo, j = hi;
            while (i <= j) {
                while (key[order[i]] < pivot) {
                    i++;
                }
                while (key[order[j]] > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i++] = order[j];
                    order[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** One query: the best items so far, sorted by distance, then position in {@code items}. */
    private final class Search {
        private final double fromLat;
        private final double fromLon;
        private final double radius;
        /**
         * The fewest metres a degree of longitude can count for: {@link Geo#distance} scales longitude by the
         * cosine of the mean latitude, which is smallest at one end of the latitudes the index allows.
         */
        private final double metresPerLon;
        private final int[] found;
        private final double[] metres;
        private int count;

        Search(double fromLat, double fromLon, int max, double radius) {
            this.fromLat = fromLat;
            this.fromLon = fromLon;
            this.radius = radius;
            double cos = Math.min(Math.cos(Math.toRadians((fromLat + root.south()) / 2)),
                    Math.cos(Math.toRadians((fromLat + root.north()) / 2)));
            metresPerLon = Geo.METRES_PER_DEGREE * Math.max(0, cos);
            int size = Math.min(max, items.size());
            found = new int[size];
            metres = new double[size];
        }

        /** Looks in {@code node} unless no item in it, {@code least} metres away or more, can be among the found. */
        void visit(Node node, double least) {
            if (least > radius || count == found.length && least > metres[count - 1]) {
                return;
            }
            if (node.low() == null) {
                for (int i = node.from(); i < node.to(); i++) {
                    int p = order[i];
                    double d = Geo.distance(fromLat, fromLon, lat[p], lon[p]);
                    if (d <= radius) {
                        offer(p, d);
                    }
                }
                return;
            }
            double low = atLeast(node.low());
            double high = atLeast(node.high());
            if (low <= high) {
                visit(node.low(), low);
                visit(node.high(), high);
            } else {
                visit(node.high(), high);
                visit(node.low(), low);
            }
        }

        private void offer(int p, double d) {
            if (count == found.length && !before(d, p, count - 1)) {
                return;
            }
            int i = count == found.length ? count - 1 : count++;
            while (i > 0 && before(d, p, i - 1)) {
                found[i] = found[i - 1];
                metres[i] = metres[i - 1];
                i--;
            }
            found[i] = p;
            metres[i] = d;
        }

        private boolean before(double d, int p, int i) {
            return d < metres[i] || d == metres[i] && p < found[i];
        }

        /** No item in the node's box is nearer than this. */
        double atLeast(Node n) {
            double gapLat = Math.max(0, Math.max(n.south() - fromLat, fromLat - n.north()));
            double gapLon = Math.max(0, Math.max(n.west() - fromLon, fromLon - n.east()));
            if (gapLat == 0 && gapLon == 0) {
                return 0;
            }
            double dy = gapLat * Geo.METRES_PER_DEGREE;
            double dx = gapLon * metresPerLon;
            return Math.sqrt(dx * dx + dy * dy) * SAFETY;
        }
    }
}
