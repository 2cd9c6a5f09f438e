package nl.ikcatlas.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.site.SiteFile;

/**
 * {@code downloads/atlas.json}: the whole atlas as one JSON document, written from a small tree of
 * export records (never from the model itself, so positions in the YAML files stay out). Schools,
 * childcare locations and kindcentra carry their history: {@code opened}, {@code closed} (YYYY-MM-DD or
 * null), {@code formerNames} and {@code open} on the edition date.
 */
public final class AtlasJson {
    public static final String PATH = Downloads.DIRECTORY + "atlas.json";
    public static final String LICENCE = "CC BY 4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.nl";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public record Export(String municipality, String edition, String licence, String licenceUrl,
            List<SourceRow> sources, List<AreaRow> areas, List<SchoolRow> schools, List<ChildcareRow> childcare,
            List<KindcentrumRow> kindcentra) {
    }

    public record SourceRow(String id, String name, String publisher, String date, String url, boolean illustrative) {
    }

    public record AreaRow(String id, String name, String kind, String cbsCode, String parent, Integer toddlers,
            Integer toddlersYear, Integer toddlersAtRisk, String source) {
    }

    public record SchoolRow(String id, String vestigingscode, String name, String board, String street,
            String postcode, String place, String area, String denomination, Integer pupils, Integer pupilsYear,
            double lat, double lon, String source, String opened, String closed, List<FormerNameRow> formerNames,
            boolean open) {
    }

    public record ChildcareRow(String id, String lrk, String name, String holder, List<String> careTypes,
            Map<String, Integer> places, boolean vve, String street, String postcode, String place, String area,
            double lat, double lon, String lrkUrl, String website, String phone, String source, String opened, String closed, List<FormerNameRow> formerNames,
            boolean open) {
    }

    public record KindcentrumRow(String id, String name, String area, List<String> schools, List<String> childcare,
            String scenario, String lead, String interest, String housing, String housingWishes,
            List<AssessmentRow> assessments, String source, String opened, String closed,
            List<FormerNameRow> formerNames, boolean open) {
    }

    /** A name a place had until {@code until} (YYYY-MM-DD). */
    public record FormerNameRow(String name, String until) {
    }

    public record AssessmentRow(int year, String date, Map<String, String> levels, String source) {
    }

    /** The files this export writes into the site. */
    public List<SiteFile> files(Atlas atlas) {
        return List.of(new SiteFile(PATH, bytes(atlas)));
    }

    /** The document as text (the file holds it in UTF-8). */
    public String json(Atlas atlas) {
        return new String(bytes(atlas), StandardCharsets.UTF_8);
    }

    /** The document in UTF-8, written as such: a national atlas's is tens of megabytes. */
    private byte[] bytes(Atlas atlas) {
        try {
            return mapper.writeValueAsBytes(export(atlas));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("atlas.json could not be written", e);
        }
    }

    public static Export export(Atlas atlas) {
        LocalDate edition = atlas.settings().edition();
        List<SourceRow> sources = new ArrayList<>();
        for (Source s : sorted(atlas.settings().sources(), Source::id)) {
            sources.add(new SourceRow(s.id(), s.name(), s.publisher(), String.valueOf(s.date()), s.url(),
                    s.illustrative()));
        }
        List<AreaRow> areas = new ArrayList<>();
        for (Area a : sorted(atlas.areas(), Area::id)) {
            var t = a.toddlers();
            areas.add(new AreaRow(a.id(), a.name(), a.kind().code(), a.cbsCode(), a.parent(),
                    t == null ? null : t.count(), t == null ? null : t.year(), t == null ? null : t.atRisk(),
                    a.source()));
        }
        List<SchoolRow> schools = new ArrayList<>();
        for (School s : sorted(atlas.schools(), School::id)) {
            schools.add(new SchoolRow(s.id(), s.vestigingscode(), s.name(), s.board(), s.address().street(),
                    s.address().postcode(), s.address().place(), s.area(), s.denomination(),
                    s.pupils() == null ? null : s.pupils().count(), s.pupils() == null ? null : s.pupils().year(),
                    s.coordinates().lat(), s.coordinates().lon(), s.source(), HistoryFields.opened(s.history()),
                    HistoryFields.closed(s.history()), formerNames(s.history()),
                    s.history().openOn(edition)));
        }
        List<ChildcareRow> childcare = new ArrayList<>();
        for (ChildcareLocation c : sorted(atlas.childcareLocations(), ChildcareLocation::id)) {
            Map<String, Integer> places = new LinkedHashMap<>();
            for (CareType t : CareType.values()) {
                if (c.places().get(t) != null) {
                    places.put(t.code(), c.places().get(t));
                }
            }
            childcare.add(new ChildcareRow(c.id(), c.lrk(), c.name(), c.holder(),
                    c.careTypes().stream().map(CareType::code).toList(), places, c.vve(), c.address().street(),
                    c.address().postcode(), c.address().place(), c.area(), c.coordinates().lat(),
                    c.coordinates().lon(), c.lrkUrl(), c.website(), c.phone(), c.source(),
                    HistoryFields.opened(c.history()),
                    HistoryFields.closed(c.history()), formerNames(c.history()),
                    c.history().openOn(edition)));
        }
        List<KindcentrumRow> kindcentra = new ArrayList<>();
        for (Kindcentrum k : sorted(atlas.kindcentra(), Kindcentrum::id)) {
            List<AssessmentRow> assessments = new ArrayList<>();
            List<Assessment> byYear = new ArrayList<>(k.assessments());
            byYear.sort(Comparator.comparingInt(Assessment::year));
            for (Assessment a : byYear) {
                assessments.add(new AssessmentRow(a.year(), a.date() == null ? null : a.date().toString(),
                        new LinkedHashMap<>(a.levels()), a.source()));
            }
            kindcentra.add(new KindcentrumRow(k.id(), k.name(), k.area(), k.schools(), k.childcare(),
                    k.scenario() == null ? null : k.scenario().code(), k.lead() == null ? null : k.lead().code(),
                    k.interest() == null ? null : k.interest().code(),
                    k.housing() == null || k.housing().situation() == null ? null : k.housing().situation().code(),
                    k.housing() == null ? null : k.housing().wishes(), assessments, k.source(),
                    HistoryFields.opened(k.history()), HistoryFields.closed(k.history()), formerNames(k.history()),
                    k.history().openOn(edition)));
        }
        return new Export(atlas.settings().municipality(), atlas.settings().edition().toString(), LICENCE,
                LICENCE_URL, sources, areas, schools, childcare, kindcentra);
    }

    private static List<FormerNameRow> formerNames(History h) {
        return h.formerNamesOldestFirst().stream().map(f -> new FormerNameRow(f.name(), f.until().toString()))
                .toList();
    }

    private static <T> List<T> sorted(List<T> list, Function<T, String> key) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(key));
        return copy;
    }
}
