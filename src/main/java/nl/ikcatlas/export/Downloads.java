package nl.ikcatlas.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.Theme;

/**
 * The open data downloads: CSV files of schools, childcare locations, kindcentra with their latest
 * levels, and every assessment in long form (one row per kindcentrum, year and theme). UTF-8, header row.
 * Every record is written, closed places too, with its history. Each column is declared here once, with
 * its meaning, for the file, the open data page and the README.
 */
public final class Downloads {
    public static final String DIRECTORY = "downloads/";
    private static final Map<CareType, String> PLACES_OF = Map.of(CareType.KDV, "dagopvang",
            CareType.PEUTEROPVANG, "peuteropvang", CareType.BSO, "BSO", CareType.TSO, "TSO");

    /** One row of {@code metingen.csv}: the level of one theme in one assessment of a kindcentrum. */
    public record AssessmentRow(Kindcentrum kindcentrum, Assessment assessment, String theme, String level) {
    }

    /** Every CSV download with its columns and rows, in the order the open data page lists them. */
    public List<CsvFile<?>> tables(Atlas atlas) {
        LocalDate edition = atlas.settings().edition();
        return List.of(
                new CsvFile<>("scholen.csv", "een schoolvestiging", schoolColumns(edition),
                        sorted(atlas.schools(), School::id)),
                new CsvFile<>("opvanglocaties.csv", "een opvanglocatie", childcareColumns(edition),
                        sorted(atlas.childcareLocations(), ChildcareLocation::id)),
                new CsvFile<>("kindcentra.csv", "een kindcentrum, met per thema een kolom",
                        kindcentrumColumns(edition, atlas.instrument().themes()), sorted(atlas.kindcentra(), Kindcentrum::id)),
                new CsvFile<>("metingen.csv", "een thema van een meting van een kindcentrum", assessmentColumns(),
                        assessmentRows(atlas)));
    }

    static List<Column<School>> schoolColumns(LocalDate edition) {
        List<Column<School>> columns = new ArrayList<>(List.of(
                id(School::id),
                new Column<>("vestigingscode", "de code van de school bij DUO", School::vestigingscode),
                name(School::name),
                new Column<>("bestuur", "de code van het schoolbestuur", School::board),
                street(s -> s.address().street()),
                postcode(s -> s.address().postcode()),
                place(s -> s.address().place()),
                area(School::area),
                new Column<>("richting", "de richting van de school", School::denomination),
                new Column<>("leerlingen", "het aantal leerlingen; leeg als het niet bekend is",
                        s -> s.pupils() == null ? null : Integer.toString(s.pupils().count())),
                new Column<>("leerlingen_jaar", "het jaar van het aantal leerlingen",
                        s -> s.pupils() == null ? null : Integer.toString(s.pupils().year())),
                lat(s -> s.coordinates().lat()),
                lon(s -> s.coordinates().lon()),
                source(School::source)));
        columns.addAll(history(School::history, edition));
        return columns;
    }

    static List<Column<ChildcareLocation>> childcareColumns(LocalDate edition) {
        List<Column<ChildcareLocation>> columns = new ArrayList<>(List.of(
                id(ChildcareLocation::id),
                new Column<>("lrk", "het nummer in het Landelijk Register Kinderopvang", ChildcareLocation::lrk),
                name(ChildcareLocation::name),
                new Column<>("houder", "de code van de opvangorganisatie", ChildcareLocation::holder),
                new Column<>("soorten_opvang", "de soorten opvang, met spaties ertussen",
                        c -> String.join(" ", c.careTypes().stream().map(CareType::code).toList()))));
        for (CareType t : CareType.values()) {
            columns.add(new Column<>("plaatsen_" + t.code(), "kindplaatsen " + PLACES_OF.get(t)
                    + "; leeg als het niet bekend is", c -> c.places().get(t) == null ? null : c.places().get(t).toString()));
        }
        columns.addAll(List.of(
                new Column<>("vve", "ja als de locatie VVE biedt, anders nee", c -> yesNo(c.vve())),
                street(c -> c.address().street()),
                postcode(c -> c.address().postcode()),
                place(c -> c.address().place()),
                area(ChildcareLocation::area),
                lat(c -> c.coordinates().lat()),
                lon(c -> c.coordinates().lon()),
                new Column<>("lrk_pagina", "de pagina van de locatie in het Landelijk Register Kinderopvang",
                        ChildcareLocation::lrkUrl),
                new Column<>("website", "de website van de locatie", ChildcareLocation::website),
                new Column<>("telefoon", "het telefoonnummer van de locatie of haar organisatie (nooit van een persoon)",
                        ChildcareLocation::phone),
                source(ChildcareLocation::source)));
        columns.addAll(history(ChildcareLocation::history, edition));
        return columns;
    }

    static List<Column<Kindcentrum>> kindcentrumColumns(LocalDate edition, List<Theme> themes) {
        List<Column<Kindcentrum>> columns = new ArrayList<>(List.of(
                id(Kindcentrum::id),
                name(Kindcentrum::name),
                area(Kindcentrum::area),
                new Column<>("scholen", "de codes van de scholen, met spaties ertussen", k -> String.join(" ", k.schools())),
                new Column<>("opvang", "de codes van de opvanglocaties, met spaties ertussen",
                        k -> String.join(" ", k.childcare())),
                new Column<>("scenario", "het scenario van het kindcentrum", k -> k.scenario().code()),
                new Column<>("leiding", "wie de leiding heeft bij de overstap van opvang naar school", k -> k.lead().code()),
                new Column<>("belangstelling", "de belangstelling voor een IKC: 1, 2 of 3", k -> k.interest().code()),
                new Column<>("huisvesting", "hoe school en opvang gehuisvest zijn", k -> k.housing().situation().code())));
        columns.addAll(history(Kindcentrum::history, edition));
        columns.add(new Column<>("laatste_meting", "het jaar van de laatste meting",
                k -> latest(k) == null ? null : Integer.toString(latest(k).year())));
        for (Theme t : themes) {
            columns.add(themeColumn(t));
        }
        return columns;
    }

    /** The column of {@code kindcentra.csv} for one theme, named after its id. */
    public static Column<Kindcentrum> themeColumn(Theme theme) {
        return new Column<>(theme.id(), "het niveau bij de laatste meting voor het thema " + theme.name(),
                k -> latest(k) == null ? null : latest(k).levels().get(theme.id()));
    }

    static List<Column<AssessmentRow>> assessmentColumns() {
        return List.of(
                new Column<>("kindcentrum", "de code van het kindcentrum", r -> r.kindcentrum().id()),
                new Column<>("jaar", "het jaar van de meting", r -> Integer.toString(r.assessment().year())),
                new Column<>("thema", "de code van het thema", AssessmentRow::theme),
                new Column<>("niveau", "de code van het niveau", AssessmentRow::level),
                source(r -> r.assessment().source()));
    }

    private static List<AssessmentRow> assessmentRows(Atlas atlas) {
        List<AssessmentRow> rows = new ArrayList<>();
        for (Kindcentrum k : sorted(atlas.kindcentra(), Kindcentrum::id)) {
            List<Assessment> byYear = new ArrayList<>(k.assessments());
            byYear.sort(Comparator.comparingInt(Assessment::year));
            for (Assessment a : byYear) {
                for (Map.Entry<String, String> level : a.levels().entrySet()) {
                    rows.add(new AssessmentRow(k, a, level.getKey(), level.getValue()));
                }
            }
        }
        return rows;
    }

    /** {@code geopend}, {@code gesloten}, {@code vroegere_namen} and {@code open} (ja/nee on the edition date). */
    private static <T> List<Column<T>> history(Function<T, History> history, LocalDate edition) {
        return List.of(
                new Column<>("geopend", "de datum waarop de plek openging (jjjj-mm-dd); leeg als die niet bekend is",
                        t -> HistoryFields.opened(history.apply(t))),
                new Column<>("gesloten", "de datum waarop de plek dichtging (jjjj-mm-dd); leeg als de plek niet"
                        + " gesloten is", t -> HistoryFields.closed(history.apply(t))),
                new Column<>("vroegere_namen", "de namen die de plek eerder had, met de datum tot wanneer"
                        + " (tot jjjj-mm-dd), met een puntkomma ertussen; leeg als er geen zijn",
                        t -> HistoryFields.formerNamesText(history.apply(t))),
                new Column<>("open", "ja als de plek open is op de datum van deze editie, anders nee",
                        t -> yesNo(history.apply(t).openOn(edition))));
    }

    private static <T> Column<T> id(Function<T, String> id) {
        return new Column<>("id", "de code van de regel in de atlas", id);
    }

    private static <T> Column<T> name(Function<T, String> name) {
        return new Column<>("naam", "de naam", name);
    }

    private static <T> Column<T> street(Function<T, String> street) {
        return new Column<>("adres", "straat en huisnummer", street);
    }

    private static <T> Column<T> postcode(Function<T, String> postcode) {
        return new Column<>("postcode", "de postcode", postcode);
    }

    private static <T> Column<T> place(Function<T, String> place) {
        return new Column<>("plaats", "de plaats", place);
    }

    private static <T> Column<T> area(Function<T, String> area) {
        return new Column<>("gebied", "de code van de kern of wijk", area);
    }

    private static <T> Column<T> lat(Function<T, Double> lat) {
        return new Column<>("lat", "breedtegraad (WGS84)", t -> Double.toString(lat.apply(t)));
    }

    private static <T> Column<T> lon(Function<T, Double> lon) {
        return new Column<>("lon", "lengtegraad (WGS84)", t -> Double.toString(lon.apply(t)));
    }

    private static <T> Column<T> source(Function<T, String> source) {
        return new Column<>("bron", "de code van de bron", source);
    }

    private static Assessment latest(Kindcentrum k) {
        return k.assessments().stream().max(Comparator.comparingInt(Assessment::year)).orElse(null);
    }

    private static String yesNo(boolean b) {
        return b ? "ja" : "nee";
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> id) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(id));
        return copy;
    }
}
