package nl.ikcatlas.view.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;

/** Cards for places and organisations as they appear in lists; {@code root} makes the href relative. */
public final class Cards {
    private final AtlasIndex index;
    private final Scale scale;
    private final OpenPlaces openPlaces;
    private final PlaceHistories histories;

    public Cards(AtlasIndex index, Scale scale) {
        this.index = index;
        this.scale = scale;
        LocalDate edition = index.atlas().settings().edition();
        this.openPlaces = new OpenPlaces(edition);
        this.histories = new PlaceHistories(edition);
    }

    public Card school(String root, School s) {
        List<String> facts = new ArrayList<>(List.of(Names.address(s.address()), s.denomination()));
        facts.add(partOf(index.kindcentraBySchool(s.id())));
        addHistory(facts, s.history(), PlaceKind.SCHOOL);
        return new Card(root + SitePaths.school(s.id()), s.name(), facts);
    }

    public Card childcare(String root, ChildcareLocation c) {
        List<String> facts = new ArrayList<>(List.of(Dutch.capitalise(careTypes(c.careTypes())),
                c.vve() ? "Met VVE" : "Geen VVE", Names.address(c.address()),
                partOf(index.kindcentraByChildcare(c.id()))));
        addHistory(facts, c.history(), PlaceKind.CHILDCARE);
        return new Card(root + SitePaths.childcare(c.id()), c.name(), facts);
    }

    public Card kindcentrum(String root, Kindcentrum k) {
        List<String> facts = new ArrayList<>(List.of("Belangstelling: " + Labels.interest(k.interest()),
                assessmentSummary(k), index.area(k.area()).name()));
        addHistory(facts, k.history(), PlaceKind.KINDCENTRUM);
        return new Card(root + SitePaths.kindcentrum(k.id()), k.name(), facts);
    }

    /** A place that has closed or has not opened yet says so first. */
    private void addHistory(List<String> facts, History history, PlaceKind place) {
        String fact = histories.listFact(history, place);
        if (fact != null) {
            facts.add(0, fact);
        }
    }

    public Card area(String root, Area a) {
        List<String> facts = new ArrayList<>();
        facts.add(Labels.areaKind(a.kind()));
        // counted like the figures of the area: only what is open on the edition date
        long schools = index.schoolsWithin(a.id()).stream()
                .filter(openPlaces::open).count();
        long childcare = index.childcareWithin(a.id()).stream()
                .filter(openPlaces::open).count();
        long kindcentra = index.kindcentraWithin(a.id()).stream()
                .filter(openPlaces::open).count();
        facts.add(Dutch.count(schools, "school", "scholen") + ", "
                + Dutch.count(childcare, "opvanglocatie", "opvanglocaties") + ", "
                + Dutch.count(kindcentra, "kindcentrum", "kindcentra"));
        return new Card(root + SitePaths.area(a.id()), a.name(), facts);
    }

    public Card board(String root, SchoolBoard b) {
        List<String> facts = new ArrayList<>();
        facts.add("Bestuursnummer " + b.number());
        if (b.denomination() != null) {
            facts.add(b.denomination());
        }
        facts.add(Dutch.count(index.schoolsByBoard(b.id()).size(), "school", "scholen"));
        return new Card(root + SitePaths.board(b.id()), Names.board(b), facts);
    }

    public Card holder(String root, ChildcareHolder h) {
        return new Card(root + SitePaths.holder(h.id()), h.name(), List.of(Dutch.count(
                index.childcareByHolder(h.id()).size(), "opvanglocatie", "opvanglocaties")));
    }

    /** "Meting 2025: meestal Hand in hand (3 van 5)", or that there is no assessment yet. */
    public String assessmentSummary(Kindcentrum k) {
        Assessment latest = k.assessments().stream().max(Comparator.comparingInt(Assessment::year)).orElse(null);
        if (latest == null) {
            return "Nog geen meting";
        }
        LevelView typical = scale.typical(latest.levels());
        return typical == null ? "Meting " + latest.year()
                : "Meting " + latest.year() + ": meestal " + typical.name() + " (" + typical.label() + ")";
    }

    /** The kindcentra a school or childcare location takes part in, with their current level. */
    private String partOf(List<Kindcentrum> kindcentra) {
        if (kindcentra.isEmpty()) {
            return "Geen deel van een kindcentrum";
        }
        List<String> parts = new ArrayList<>(kindcentra.size());
        for (Kindcentrum k : kindcentra) {
            parts.add(k.name() + " (" + Dutch.lowerFirst(assessmentSummary(k)) + ")");
        }
        return "Kindcentrum: " + Dutch.join(parts);
    }

    /** "dagopvang, peuteropvang en BSO". */
    public static String careTypes(List<CareType> types) {
        List<String> words = new ArrayList<>(types.size());
        for (CareType t : types) {
            words.add(Labels.careTypeShort(t));
        }
        return Dutch.join(words);
    }
}
