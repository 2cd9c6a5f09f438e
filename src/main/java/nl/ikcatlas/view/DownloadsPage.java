package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.export.AtlasJson;
import nl.ikcatlas.export.Downloads;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.site.Page;

/** Builds the open data page: what each download holds, column by column. */
final class DownloadsPage {
    static final String PATH = "downloads.html";

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("id", "de code van de regel in de atlas"),
            Map.entry("vestigingscode", "de code van de school bij DUO"),
            Map.entry("lrk", "het nummer in het Landelijk Register Kinderopvang"),
            Map.entry("naam", "de naam"),
            Map.entry("bestuur", "de code van het schoolbestuur"),
            Map.entry("houder", "de code van de opvangorganisatie"),
            Map.entry("adres", "straat en huisnummer"),
            Map.entry("postcode", "de postcode"),
            Map.entry("plaats", "de plaats"),
            Map.entry("gebied", "de code van de kern of wijk"),
            Map.entry("richting", "de richting van de school"),
            Map.entry("leerlingen", "het aantal leerlingen; leeg als het niet bekend is"),
            Map.entry("leerlingen_jaar", "het jaar van het aantal leerlingen"),
            Map.entry("lat", "breedtegraad (WGS84)"),
            Map.entry("lon", "lengtegraad (WGS84)"),
            Map.entry("bron", "de code van de bron"),
            Map.entry("soorten_opvang", "de soorten opvang, met spaties ertussen"),
            Map.entry("plaatsen_kdv", "kindplaatsen dagopvang; leeg als het niet bekend is"),
            Map.entry("plaatsen_peuteropvang", "kindplaatsen peuteropvang; leeg als het niet bekend is"),
            Map.entry("plaatsen_bso", "kindplaatsen BSO; leeg als het niet bekend is"),
            Map.entry("plaatsen_tso", "kindplaatsen TSO; leeg als het niet bekend is"),
            Map.entry("vve", "ja als de locatie VVE biedt, anders nee"),
            Map.entry("scholen", "de codes van de scholen, met spaties ertussen"),
            Map.entry("opvang", "de codes van de opvanglocaties, met spaties ertussen"),
            Map.entry("scenario", "het scenario van het kindcentrum"),
            Map.entry("leiding", "wie de leiding heeft bij de overstap van opvang naar school"),
            Map.entry("belangstelling", "de belangstelling voor een IKC: 1, 2 of 3"),
            Map.entry("huisvesting", "hoe school en opvang gehuisvest zijn"),
            Map.entry("laatste_meting", "het jaar van de laatste meting"),
            Map.entry("kindcentrum", "de code van het kindcentrum"),
            Map.entry("jaar", "het jaar van de meting"),
            Map.entry("thema", "de code van het thema"),
            Map.entry("niveau", "de code van het niveau"),
            Map.entry("geopend", "de datum waarop de plek openging (jjjj-mm-dd); leeg als die niet bekend is"),
            Map.entry("gesloten", "de datum waarop de plek dichtging (jjjj-mm-dd); leeg als de plek niet gesloten is"),
            Map.entry("vroegere_namen", "de namen die de plek eerder had, met de datum tot wanneer (tot jjjj-mm-dd),"
                    + " met een puntkomma ertussen; leeg als er geen zijn"),
            Map.entry("open", "ja als de plek open is op de datum van deze editie, anders nee"));

    private final ViewContext ctx;

    DownloadsPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    Page page() {
        List<Column> themeColumns = new ArrayList<>();
        for (Theme t : ctx.index().atlas.instrument().themes()) {
            themeColumns.add(new Column(t.id(), "het niveau bij de laatste meting voor het thema " + t.name()));
        }
        List<DownloadsView.DataFile> files = List.of(
                file("scholen.csv", "een schoolvestiging", columns(Downloads.SCHOOL_COLUMNS, List.of())),
                file("opvanglocaties.csv", "een opvanglocatie", columns(Downloads.CHILDCARE_COLUMNS, List.of())),
                file("kindcentra.csv", "een kindcentrum, met per thema een kolom",
                        columns(Downloads.KINDCENTRUM_COLUMNS_BEFORE_THEMES, themeColumns)),
                file("metingen.csv", "een thema van een meting van een kindcentrum",
                        columns(Downloads.ASSESSMENT_COLUMNS, List.of())));
        DownloadsView view = new DownloadsView(
                ctx.layouts().layout(PATH, Section.OTHER, "Open data", List.of(), ctx.notes()),
                Dutch.date(ctx.index().atlas.settings().edition()), AtlasJson.LICENCE, AtlasJson.LICENCE_URL, files,
                new Link("locaties.geojson", "locaties.geojson"), new Link(AtlasJson.PATH, "atlas.json"));
        return new Page(PATH, view);
    }

    private record Column(String name, String meaning) {
    }

    private static List<DownloadsView.Column> columns(List<String> names, List<Column> extra) {
        List<DownloadsView.Column> result = new ArrayList<>();
        for (String n : names) {
            result.add(new DownloadsView.Column(n, MEANINGS.getOrDefault(n, "")));
        }
        for (Column c : extra) {
            result.add(new DownloadsView.Column(c.name(), c.meaning()));
        }
        return result;
    }

    private static DownloadsView.DataFile file(String name, String rows, List<DownloadsView.Column> columns) {
        return new DownloadsView.DataFile(name.replace('.', '-'), new Link(Downloads.DIRECTORY + name, name), rows,
                columns);
    }
}
