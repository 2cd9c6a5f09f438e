package nl.ikcatlas.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.site.SiteFile;

/**
 * The open data downloads: CSV files of schools, childcare locations, kindcentra with their latest
 * levels, and every assessment in long form (one row per kindcentrum, year and theme). UTF-8, header row.
 * Every record is written, closed places too, with its history.
 */
public final class Downloads {
    public static final String DIRECTORY = "downloads/";
    public static final List<String> SCHOOL_COLUMNS = List.of("id", "vestigingscode", "naam", "bestuur", "adres",
            "postcode", "plaats", "gebied", "richting", "leerlingen", "leerlingen_jaar", "lat", "lon", "bron",
            "geopend", "gesloten", "vroegere_namen", "open");
    public static final List<String> CHILDCARE_COLUMNS = List.of("id", "lrk", "naam", "houder", "soorten_opvang",
            "plaatsen_kdv", "plaatsen_peuteropvang", "plaatsen_bso", "plaatsen_tso", "vve", "adres", "postcode",
            "plaats", "gebied", "lat", "lon", "bron", "geopend", "gesloten", "vroegere_namen", "open");
    public static final List<String> KINDCENTRUM_COLUMNS_BEFORE_THEMES = List.of("id", "naam", "gebied", "scholen",
            "opvang", "scenario", "leiding", "belangstelling", "huisvesting", "geopend", "gesloten", "vroegere_namen",
            "open", "laatste_meting");
    public static final List<String> ASSESSMENT_COLUMNS = List.of("kindcentrum", "jaar", "thema", "niveau", "bron");

    /** The files this export writes into the site. */
    public List<SiteFile> files(Atlas atlas) {
        return List.of(
                SiteFile.text(DIRECTORY + "scholen.csv", schools(atlas)),
                SiteFile.text(DIRECTORY + "opvanglocaties.csv", childcare(atlas)),
                SiteFile.text(DIRECTORY + "kindcentra.csv", kindcentra(atlas)),
                SiteFile.text(DIRECTORY + "metingen.csv", assessments(atlas)));
    }

    static String schools(Atlas atlas) {
        Csv csv = new Csv().row(SCHOOL_COLUMNS);
        LocalDate edition = atlas.settings().edition();
        for (School s : sorted(atlas.schools(), School::id)) {
            List<String> row = new ArrayList<>(List.of(s.id(), s.vestigingscode(), s.name(), s.board(),
                    s.address().street(), s.address().postcode(), s.address().place(), s.area(), s.denomination(),
                    s.pupils() == null ? "" : Integer.toString(s.pupils().count()),
                    s.pupils() == null ? "" : Integer.toString(s.pupils().year()),
                    Double.toString(s.coordinates().lat()), Double.toString(s.coordinates().lon()), s.source()));
            row.addAll(history(s.history(), edition));
            csv.row(row);
        }
        return csv.text();
    }

    static String childcare(Atlas atlas) {
        Csv csv = new Csv().row(CHILDCARE_COLUMNS);
        LocalDate edition = atlas.settings().edition();
        for (ChildcareLocation c : sorted(atlas.childcareLocations(), ChildcareLocation::id)) {
            List<String> types = new ArrayList<>();
            c.careTypes().forEach(t -> types.add(t.code()));
            List<String> row = new ArrayList<>(List.of(c.id(), nullToEmpty(c.lrk()), c.name(), c.holder(),
                    String.join(" ", types)));
            for (CareType t : CareType.values()) {
                Integer places = c.places().get(t);
                row.add(places == null ? "" : places.toString());
            }
            row.addAll(List.of(c.vve() ? "ja" : "nee", c.address().street(), c.address().postcode(),
                    c.address().place(), c.area(), Double.toString(c.coordinates().lat()),
                    Double.toString(c.coordinates().lon()), c.source()));
            row.addAll(history(c.history(), edition));
            csv.row(row);
        }
        return csv.text();
    }

    static String kindcentra(Atlas atlas) {
        List<Theme> themes = atlas.instrument().themes();
        List<String> header = new ArrayList<>(KINDCENTRUM_COLUMNS_BEFORE_THEMES);
        themes.forEach(t -> header.add(t.id()));
        Csv csv = new Csv().row(header);
        LocalDate edition = atlas.settings().edition();
        for (Kindcentrum k : sorted(atlas.kindcentra(), Kindcentrum::id)) {
            Assessment latest = k.assessments().stream().max(Comparator.comparingInt(Assessment::year)).orElse(null);
            List<String> row = new ArrayList<>(List.of(k.id(), k.name(), k.area(), String.join(" ", k.schools()),
                    String.join(" ", k.childcare()), k.scenario().code(), k.lead().code(), k.interest().code(),
                    k.housing().situation().code()));
            row.addAll(history(k.history(), edition));
            row.add(latest == null ? "" : Integer.toString(latest.year()));
            for (Theme t : themes) {
                row.add(latest == null ? "" : nullToEmpty(latest.levels().get(t.id())));
            }
            csv.row(row);
        }
        return csv.text();
    }

    static String assessments(Atlas atlas) {
        Csv csv = new Csv().row(ASSESSMENT_COLUMNS);
        for (Kindcentrum k : sorted(atlas.kindcentra(), Kindcentrum::id)) {
            List<Assessment> byYear = new ArrayList<>(k.assessments());
            byYear.sort(Comparator.comparingInt(Assessment::year));
            for (Assessment a : byYear) {
                for (Map.Entry<String, String> level : a.levels().entrySet()) {
                    csv.row(List.of(k.id(), Integer.toString(a.year()), level.getKey(), level.getValue(), a.source()));
                }
            }
        }
        return csv.text();
    }

    /** {@code geopend}, {@code gesloten}, {@code vroegere_namen} and {@code open} (ja/nee on the edition date). */
    private static List<String> history(History h, LocalDate edition) {
        return List.of(nullToEmpty(HistoryFields.opened(h)), nullToEmpty(HistoryFields.closed(h)),
                HistoryFields.formerNamesText(h), h.openOn(edition) ? "ja" : "nee");
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> id) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(id));
        return copy;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
