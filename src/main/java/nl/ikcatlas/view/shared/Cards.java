package nl.ikcatlas.view.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.ikcatlas.model.Address;
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
    /**
     * The cards of schools and childcare locations with their paths from the site's root, made once: the
     * same place is a neighbour on many pages, and only its card's root differs. Pages are made on several
     * threads at once.
     */
    private final Map<String, Card> schoolCards = new ConcurrentHashMap<>();
    private final Map<String, Card> childcareCards = new ConcurrentHashMap<>();

    public Cards(AtlasIndex index, Scale scale) {
        this.index = index;
        this.scale = scale;
        LocalDate edition = index.atlas().settings().edition();
        this.openPlaces = new OpenPlaces(edition);
        this.histories = new PlaceHistories(edition);
    }

    public Card school(String root, School s) {
        return rooted(root, schoolCards.computeIfAbsent(s.id(), id -> school("", s, null)));
    }

    /**
     * A school's card, or on the page of {@code kindcentrum} (when not null) a short one: the street
     * only, and only the other kindcentra the school is in.
     */
    public Card school(String root, School s, Kindcentrum kindcentrum) {
        List<String> facts = new ArrayList<>(List.of(address(s.address(), kindcentrum), s.denomination()));
        addPartOf(facts, index.kindcentraBySchool(s.id()), kindcentrum, s.name());
        addHistory(facts, s.history(), PlaceKind.SCHOOL);
        return new Card(root + SitePaths.school(s.id()), s.name(), facts);
    }

    public Card childcare(String root, ChildcareLocation c) {
        return rooted(root, childcareCards.computeIfAbsent(c.id(), id -> childcare("", c, null)));
    }

    private static Card rooted(String root, Card card) {
        return root.isEmpty() ? card : new Card(root + card.href(), card.title(), card.facts());
    }

    /** A childcare location's card on the page of {@code kindcentrum} (or null), as {@link #school(String, School, Kindcentrum)}. */
    public Card childcare(String root, ChildcareLocation c, Kindcentrum kindcentrum) {
        List<String> facts = new ArrayList<>(List.of(Dutch.capitalise(careTypes(c.careTypes())),
                c.vve() ? "Met VVE" : "Geen VVE", address(c.address(), kindcentrum)));
        addPartOf(facts, index.kindcentraByChildcare(c.id()), kindcentrum, null);
        addHistory(facts, c.history(), PlaceKind.CHILDCARE);
        return new Card(root + SitePaths.childcare(c.id()), c.name(), facts);
    }

    public Card kindcentrum(String root, Kindcentrum k) {
        List<String> facts = new ArrayList<>(List.of(Labels.interestForParents(k.interest(), existing(k)),
                assessmentSummary(k), index.area(k.area()).name()));
        addHistory(facts, k.history(), PlaceKind.KINDCENTRUM);
        return new Card(root + SitePaths.kindcentrum(k.id()), k.name(), facts);
    }

    private static String address(Address address, Kindcentrum kindcentrum) {
        return kindcentrum == null ? Names.address(address) : address.street();
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

    /**
     * What the kindcentrum's typical level means, in the instrument's own words (the level's summary,
     * as the levels page gives it, without its full stop); null when it has no assessment yet.
     */
    public String levelSentence(Kindcentrum k) {
        Assessment latest = k.assessments().stream().max(Comparator.comparingInt(Assessment::year)).orElse(null);
        LevelView typical = latest == null ? null : scale.typical(latest.levels());
        if (typical == null) {
            return null;
        }
        String summary = scale.level(typical.id()).summary().strip().replaceAll("\\s+", " ");
        return summary.endsWith(".") ? summary.substring(0, summary.length() - 1) : summary;
    }

    /** True when the kindcentrum has opened by the edition date: it exists, it is not being formed. */
    public boolean existing(Kindcentrum k) {
        return k.history().opened() != null && openPlaces.open(k);
    }

    /**
     * The kindcentra a school or childcare location takes part in, with their current level, leaving out
     * {@code self} (the page the card is on). A school not in any, whose name says it is a kindcentrum
     * (DUO names some schools so), gets a neutral sentence instead of a denial.
     */
    private void addPartOf(List<String> facts, List<Kindcentrum> kindcentra, Kindcentrum self, String schoolName) {
        List<String> parts = new ArrayList<>(kindcentra.size());
        for (Kindcentrum k : kindcentra) {
            if (k != self) {
                parts.add(k.name() + " (" + Dutch.lowerFirst(assessmentSummary(k)) + ")");
            }
        }
        if (!parts.isEmpty()) {
            facts.add((self == null ? "Kindcentrum: " : "Ook in: ") + Dutch.join(parts));
        } else if (self == null) {
            facts.add(notInAKindcentrum(schoolName));
        }
    }

    /** What a card says of a place in no kindcentrum of the atlas. */
    private static String notInAKindcentrum(String schoolName) {
        return namedKindcentrum(schoolName) ? "Samenwerking met opvang niet bekend" : "Geen deel van een kindcentrum";
    }

    /** True when a school's name says it is a kindcentrum, as DUO names some schools. */
    public static boolean namedKindcentrum(String schoolName) {
        return schoolName != null && NAMED_KINDCENTRUM.matcher(schoolName).find();
    }

    private static final Pattern NAMED_KINDCENTRUM = Pattern.compile("\\b(kindcentrum|kindcentra|ikc)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "dagopvang, peuteropvang en BSO". */
    public static String careTypes(List<CareType> types) {
        List<String> words = new ArrayList<>(types.size());
        for (CareType t : types) {
            words.add(Labels.careTypeShort(t));
        }
        return Dutch.join(words);
    }
}
