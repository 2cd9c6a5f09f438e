package nl.ikcatlas.map;

import nl.ikcatlas.model.PlaceKind;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Coordinates;

/** Turns a {@link MapRequest} into a {@link MapView}: projection, outlines, markers, scale bar and list. */
public final class MapBuilder {
    public static final double WIDTH = 640;
    public static final double HEIGHT = 440;
    private static final double MARGIN = 22;
    /** Smallest extent of a map, so a single place does not fill the whole picture. */
    static final double MIN_EXTENT = 900;
    private static final double[] NICE = {50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000,
            50_000, 100_000};
    private static final int LIST_OPEN_UP_TO = 25;
    /** How far, at least, markers at the same spot are set apart, in picture units. */
    private static final double SPREAD = 10;
    /** The legend's code for a place that is not open on the edition date. */
    private static final String NOT_OPEN = "dicht";

    private final Tiles tiles;
    private final String attribution;
    private final JsonFactory json = new JsonFactory();
    private final DrawnOutlines drawn = new DrawnOutlines(json);

    public MapBuilder(Tiles tiles) {
        this.tiles = tiles;
        this.attribution = tiles.plainAttribution();
    }

    /** The site's files every page with a map loads (relative to the root), besides the page itself. */
    public static final List<String> STYLESHEETS = List.of(MapAssets.LEAFLET_CSS, MapAssets.CLUSTER_CSS);
    public static final List<String> SCRIPTS = List.of(MapAssets.LEAFLET_JS, MapAssets.CLUSTER_JS, MapAssets.MAP_JS);

    public MapView build(MapRequest r) {
        GeoBounds bounds = bounds(r);
        MapFrame frame = new MapFrame(bounds, WIDTH, HEIGHT, MARGIN);

        List<MapView.OutlineView> outlines = new ArrayList<>();
        String outlineNote = null;
        for (AreaShape a : r.areas()) {
            Outline simple = drawn.simplified(a.outline(), frame.metresPerUnit() / 2);
            String labelX = null, labelY = null;
            if (a.labelled()) {
                Coordinates c = a.outline().bounds().centre();
                labelX = num(frame.x(c));
                labelY = num(frame.y(c));
            }
            outlines.add(new MapView.OutlineView(a.name(), path(simple, frame), a.derived(), a.current(), labelX,
                    labelY));
            if (a.derived() && outlineNote == null) {
                outlineNote = "De lijn om " + (r.areas().size() == 1 || a.current() ? a.name() : "een gebied")
                        + " is geen officiële grens. Wij hebben die getekend om de plekken in het gebied heen.";
            }
        }

        List<MapPlace> drawOrder = new ArrayList<>(r.places());
        // by kind, the page's own place last so it is drawn on top
        drawOrder.sort((a, b) -> {
            int highlight = Boolean.compare(isHighlight(a, r), isHighlight(b, r));
            return highlight != 0 ? highlight : a.kind().compareTo(b.kind());
        });
        List<MapView.MarkerView> markers = new ArrayList<>(drawOrder.size());
        Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);
        List<MapPlace> notOpen = new ArrayList<>();
        boolean approximate = false;
        Map<String, Integer> together = new java.util.HashMap<>();
        for (MapPlace p : drawOrder) {
            together.merge(spot(frame, p), 1, Integer::sum);
        }
        Map<String, Integer> placed = new java.util.HashMap<>();
        for (MapPlace p : drawOrder) {
            double x = frame.x(p.at());
            double y = frame.y(p.at());
            String spot = spot(frame, p);
            int n = together.get(spot);
            if (n > 1) {
                // places at (almost) the same spot, such as schools sharing a building, are set around it
                int i = placed.merge(spot, 1, Integer::sum) - 1;
                double angle = 2 * Math.PI * i / n - Math.PI / 2;
                // far enough apart that neighbouring shapes do not cover each other
                double radius = Math.max(SPREAD, 8 / Math.sin(Math.PI / n));
                x += radius * Math.cos(angle);
                y += radius * Math.sin(angle);
            }
            markers.add(new MapView.MarkerView(p.kind().code(), num(x), num(y),
                    r.root() + p.path(), label(p), isHighlight(p, r), p.open(), Double.toString(round(p.at().lat())),
                    Double.toString(round(p.at().lon())), p.open() ? null : p.status()));
            if (p.open()) {
                counts.merge(p.kind(), 1, Integer::sum);
            } else {
                notOpen.add(p);
            }
            approximate |= p.approximate();
        }
        List<MapView.LegendItem> legend = new ArrayList<>();
        for (PlaceKind kind : counts.keySet()) {
            legend.add(new MapView.LegendItem(kind.code(), kind.label()));
        }
        if (!notOpen.isEmpty()) {
            legend.add(new MapView.LegendItem(NOT_OPEN, "Niet open"));
        }

        List<MapView.ListItem> items = new ArrayList<>(r.places().size());
        for (MapPlace p : r.places()) {
            String distance = r.from() == null || isHighlight(p, r) ? null : Geo.words(Geo.distance(r.from(), p.at()));
            items.add(new MapView.ListItem(p.kind().code(), p.kind().label(), p.name(), r.root() + p.path(), distance,
                    isHighlight(p, r), p.status()));
        }

        return new MapView(r.title(), describe(counts, notOpen),
                frame(frame, outlines),
                new MapView.Markers(markers, List.of()),
                new MapView.Caption(legend, "Klik op een teken om naar de pagina van die plek te gaan.",
                        approximate ? "De plekken op deze kaart zijn bij benadering. Het zijn voorbeeldgegevens." : null,
                        outlineNote, attribution),
                new MapView.PlaceList(items.size() <= LIST_OPEN_UP_TO, PlaceCounts.listTitle(items.size(), "plek", "plekken") + " op de kaart",
                        items, List.of()),
                script(data(r, bounds), r.root()));
    }

    /** Markers closer than a few units share a spot. */
    private static String spot(MapFrame frame, MapPlace p) {
        return Math.round(frame.x(p.at()) / 8) + ":" + Math.round(frame.y(p.at()) / 8);
    }

    private static boolean isHighlight(MapPlace p, MapRequest r) {
        return r.highlight() != null && r.highlight().equals(p.id());
    }

    private static GeoBounds bounds(MapRequest r) {
        return bounds(r.places().stream().map(MapPlace::at).toList(), r.areas());
    }

    /** Around {@code points} and the outlines that should fit in view, at least {@link #MIN_EXTENT} across. */
    static GeoBounds bounds(List<Coordinates> points, List<AreaShape> shapes) {
        GeoBounds bounds = points.isEmpty() ? null : GeoBounds.around(points);
        for (AreaShape a : shapes) {
            if (a.fit()) {
                bounds = bounds == null ? a.outline().bounds() : bounds.union(a.outline().bounds());
            }
        }
        if (bounds == null) {
            throw new IllegalArgumentException("a map needs places or an outline to show");
        }
        return bounds.atLeast(MIN_EXTENT);
    }

    /** An SVG path of all rings, closed, in the frame's units. */
    static String path(Outline outline, MapFrame frame) {
        StringBuilder d = new StringBuilder();
        for (List<Coordinates> ring : outline.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                d.append(i == 0 ? 'M' : 'L');
                num(d, frame.x(ring.get(i))).append(' ');
                num(d, frame.y(ring.get(i)));
            }
            d.append('Z');
        }
        return d.toString();
    }

    /** The longest round length that fits in a quarter of the map's width. */
    static MapView.ScaleBar scaleBar(MapFrame frame) {
        double perUnit = frame.metresPerUnit();
        double max = perUnit * frame.width() / 4;
        double metres = NICE[0];
        for (double n : NICE) {
            if (n <= max) {
                metres = n;
            }
        }
        double width = metres / perUnit;
        double x = 16;
        return new MapView.ScaleBar(num(x), num(frame.height() - 16), num(width), num(x + width), Geo.words(metres));
    }

    /** "Opvang: De Wei", and for a place that is not open "Opvang: Het Oude Huis (gesloten sinds 31 juli 2025)". */
    private static String label(MapPlace p) {
        return p.kind().label() + ": " + p.name() + (p.open() ? "" : " (" + p.status() + ")");
    }

    /** The open places by kind, then each place that is not open by name: it is drawn grey. */
    private static String describe(Map<PlaceKind, Integer> counts, List<MapPlace> notOpen) {
        StringBuilder grey = new StringBuilder();
        for (MapPlace p : notOpen) {
            grey.append(' ').append(p.name()).append(" is grijs: ").append(p.status()).append('.');
        }
        PlaceCounts open = new PlaceCounts(counts.getOrDefault(PlaceKind.KINDCENTRUM, 0),
                counts.getOrDefault(PlaceKind.SCHOOL, 0), counts.getOrDefault(PlaceKind.CHILDCARE, 0));
        if (open.total() == 0) {
            return notOpen.isEmpty() ? "Er staan geen plekken op deze kaart." : grey.substring(1);
        }
        return "Op de kaart " + (open.total() == 1 ? "staat " : "staan ") + open.describe() + "." + grey;
    }

    /** What the map script needs, as JSON: tiles, bounds, outlines and places with relative links. */
    private String data(MapRequest r, GeoBounds bounds) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("title", r.title());
            if (tiles.url() != null) {
                g.writeObjectFieldStart("tiles");
                g.writeStringField("url", tiles.url());
                g.writeStringField("attribution", tiles.attribution());
                g.writeNumberField("maxZoom", tiles.maxZoom());
                g.writeEndObject();
            }
            // nearby markers always cluster, so places in one building can be told apart (spiderfied)
            g.writeNumberField("clusterRadius", r.cluster() ? 45 : 12);
            g.writeArrayFieldStart("bounds");
            point(g, bounds.south(), bounds.west());
            point(g, bounds.north(), bounds.east());
            g.writeEndArray();
            g.writeArrayFieldStart("areas");
            for (AreaShape a : r.areas()) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                g.writeBooleanField("current", a.current());
                g.writeBooleanField("derived", a.derived());
                g.writeFieldName("rings");
                g.writeRawValue(drawn.rings(a.outline()));
                g.writeEndObject();
            }
            g.writeEndArray();
            // the places are read from the SVG's markers, which carry their coordinates
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("map data could not be written", e);
        }
        return out.toString();
    }

    static void point(JsonGenerator g, double lat, double lon) throws IOException {
        g.writeStartArray();
        g.writeNumber(round(lat));
        g.writeNumber(round(lon));
        g.writeEndArray();
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** The drawing of a map in {@code frame}: every map has the same size, scale bar and north arrow. */
    static MapView.Frame frame(MapFrame frame, List<MapView.OutlineView> outlines) {
        return new MapView.Frame(num(WIDTH), num(HEIGHT), outlines, scaleBar(frame), num(WIDTH - 26));
    }

    /** The map data, with the stylesheets and scripts that read it relative to the page at {@code root}. */
    static MapView.Script script(String data, String root) {
        return new MapView.Script(data, STYLESHEETS.stream().map(p -> root + p).toList(),
                SCRIPTS.stream().map(p -> root + p).toList());
    }

    /** {@code v} to one decimal, without a trailing ".0"; called for every SVG coordinate, so no String.format. */
    static String num(double v) {
        return num(new StringBuilder(8), v).toString();
    }

    /** Appends {@code v} as {@link #num(double)} writes it. */
    private static StringBuilder num(StringBuilder out, double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            out.append('-');
        }
        long abs = Math.abs(tenths);
        out.append(abs / 10);
        return abs % 10 == 0 ? out : out.append('.').append(abs % 10);
    }
}
