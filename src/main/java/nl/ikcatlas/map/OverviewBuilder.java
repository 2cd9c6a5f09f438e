package nl.ikcatlas.map;

import static nl.ikcatlas.map.MapBuilder.num;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link OverviewRequest} into a {@link MapView}: the areas' outlines, and per area one
 * marker with the number of places in it, linking to the area's page; the list beside the map lists
 * the areas with their counts.
 */
public final class OverviewBuilder {
    /**
     * Above this many places a map shows areas with counts instead. A place costs about 700 bytes of a
     * page (its SVG link, its line in the list and its entry in the map data), so 300 places make a map
     * of about 200 kB, still fine on a phone; and a picture 640 units wide cannot show more markers so
     * that each can be seen and clicked. A municipality's home map (Lansingerland: 78) stays far below it.
     */
    public static final int MAX_PLACES = 300;
    private static final double MARGIN = 22;
    private static final double BOX_HEIGHT = 28;
    /**
     * A marker's box is large enough for its number (bold, 16 units high) to stay readable when the
     * picture is shrunk to a phone's width: room on both sides of the number, and per digit or separator.
     */
    private static final double BOX_PADDING = 14;
    private static final double CHARACTER_WIDTH = 9.5;
    /** From the middle of the box down to the number's baseline, so the number sits in the middle. */
    private static final double BASELINE = 5.5;
    /** The legend's code and the shape of an area's marker. */
    private static final String AREA = "gebied";

    private final Tiles tiles;
    private final ObjectMapper json = new ObjectMapper();

    public OverviewBuilder(Tiles tiles) {
        this.tiles = tiles;
    }

    public MapView build(OverviewRequest r) {
        GeoBounds bounds = bounds(r);
        MapFrame frame = new MapFrame(bounds, MapBuilder.WIDTH, MapBuilder.HEIGHT, MARGIN);
        // outlines need no more detail than half a picture unit: the interactive map reads them from the picture
        double detail = frame.metresPerUnit() / 2;

        List<MapView.OutlineView> outlines = new ArrayList<>();
        String outlineNote = null;
        for (AreaShape a : r.shapes()) {
            outlines.add(new MapView.OutlineView(a.name(), MapBuilder.path(a.outline().simplified(detail), frame),
                    a.derived(), a.current(), null, null));
            if (a.derived() && outlineNote == null) {
                outlineNote = "De lijnen om de gebieden zijn geen officiële grenzen. Wij hebben die getekend om de"
                        + " plekken in de gebieden heen.";
            }
        }

        List<MapView.AreaMarker> markers = new ArrayList<>(r.areas().size());
        List<MapView.AreaItem> items = new ArrayList<>(r.areas().size());
        for (AreaCount a : r.areas()) {
            String count = PlaceCounts.number(a.counts().total());
            double width = Math.max(BOX_HEIGHT, BOX_PADDING + CHARACTER_WIDTH * count.length());
            double x = frame.x(a.at());
            double y = frame.y(a.at());
            String href = r.root() + a.path();
            String counts = a.counts().describe();
            markers.add(new MapView.AreaMarker(num(x - width / 2), num(y - BOX_HEIGHT / 2), num(width),
                    num(BOX_HEIGHT), num(BOX_HEIGHT / 2), num(x), num(y + BASELINE), href, a.name() + ": " + counts,
                    count, Double.toString(MapBuilder.round(a.at().lat())), Double.toString(MapBuilder.round(a.at().lon()))));
            items.add(new MapView.AreaItem(a.name(), href, counts));
        }

        String description = "Er zijn te veel plekken om los te tonen. De kaart toont per gebied hoeveel er zijn."
                + " Samen zijn het " + r.total().describe() + ".";
        return new MapView(r.title(), description,
                MapBuilder.frame(frame, outlines),
                new MapView.Markers(List.of(), markers),
                new MapView.Caption(List.of(new MapView.LegendItem(AREA, "Gebied, met het aantal plekken")),
                        "Klik op een getal om naar de pagina van dat gebied te gaan.", null, outlineNote,
                        tiles.plainAttribution()),
                new MapView.PlaceList(false, PlaceCounts.listTitle(items.size(), "gebied", "gebieden") + ", met het aantal plekken",
                        List.of(), items),
                MapBuilder.script(data(r, bounds, frame), r.root()));
    }

    private static GeoBounds bounds(OverviewRequest r) {
        return MapBuilder.bounds(r.areas().stream().map(AreaCount::at).toList(), r.shapes());
    }

    /**
     * What the map script needs, as JSON: tiles, bounds, and the picture's corners. It reads the outlines and the
     * areas with their counts from the SVG (its coordinates turned back into degrees through the corners), so a
     * national map does not carry them twice: at this scale the SVG's tenth of a unit is finer than the outlines.
     */
    private String data(OverviewRequest r, GeoBounds bounds, MapFrame frame) {
        ObjectNode root = json.createObjectNode();
        root.put("title", r.title());
        if (tiles.url() != null) {
            ObjectNode t = root.putObject("tiles");
            t.put("url", tiles.url());
            t.put("attribution", tiles.attribution());
            t.put("maxZoom", tiles.maxZoom());
        }
        ArrayNode b = root.putArray("bounds");
        b.addArray().add(MapBuilder.round(bounds.south())).add(MapBuilder.round(bounds.west()));
        b.addArray().add(MapBuilder.round(bounds.north())).add(MapBuilder.round(bounds.east()));
        ObjectNode picture = root.putObject("picture");
        picture.put("width", frame.width());
        picture.put("height", frame.height());
        ArrayNode corners = picture.putArray("corners");
        corners.addArray().add(MapBuilder.round(frame.lat(0))).add(MapBuilder.round(frame.lon(0)));
        corners.addArray().add(MapBuilder.round(frame.lat(frame.height()))).add(MapBuilder.round(frame.lon(frame.width())));
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map data could not be written", e);
        }
    }
}
