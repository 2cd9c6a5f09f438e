package nl.ikcatlas.view.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ikcatlas.map.MapPlace;
import nl.ikcatlas.model.Address;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Cards;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.LevelView;
import nl.ikcatlas.view.shared.Names;
import nl.ikcatlas.view.shared.OpenPlaces;
import nl.ikcatlas.view.shared.Scale;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * The entries of the search index: every kindcentrum, school and childcare location open on the
 * edition date, in name order. Parents search for a place they can go to, so a closed place (or one
 * that opens later) is left out; its own page and the lists of its area still say how it stands.
 */
public final class SearchIndex {
    public static final String KIND_KINDCENTRUM = "kindcentrum";
    public static final String KIND_SCHOOL = "school";
    public static final String KIND_CHILDCARE = "opvang";

    private final ViewContext ctx;
    private final OpenPlaces open;

    public SearchIndex(ViewContext ctx) {
        this.ctx = ctx;
        this.open = new OpenPlaces(ctx.index().atlas().settings().edition());
    }

    public List<SearchEntry> entries() {
        AtlasIndex index = ctx.index();
        List<SearchEntry> entries = new ArrayList<>();
        for (Kindcentrum k : index.sortedKindcentra()) {
            if (open.open(k)) {
                entries.add(kindcentrum(k));
            }
        }
        for (School s : index.sortedSchools()) {
            if (!open.open(s)) {
                continue;
            }
            List<Kindcentrum> kcs = index.kindcentraBySchool(s.id());
            List<String> facts = new ArrayList<>(List.of("Basisschool", s.denomination()));
            kcs.forEach(k -> facts.add("Deel van " + k.name()));
            entries.add(entry(KIND_SCHOOL, s.name(), SitePaths.school(s.id()), s.address(), facts, s.area(),
                    List.of(), false, level(kcs), s.name(), ctx.maps().places().schools.get(s.id())));
        }
        for (ChildcareLocation c : index.sortedChildcare()) {
            if (!open.open(c)) {
                continue;
            }
            List<Kindcentrum> kcs = index.kindcentraByChildcare(c.id());
            List<String> facts = new ArrayList<>(List.of(Dutch.capitalise(Cards.careTypes(c.careTypes())),
                    c.vve() ? "Met VVE" : "Geen VVE"));
            kcs.forEach(k -> facts.add("Deel van " + k.name()));
            entries.add(entry(KIND_CHILDCARE, c.name(), SitePaths.childcare(c.id()), c.address(), facts, c.area(),
                    codes(c.careTypes()), c.vve(), level(kcs), c.name() + " " + index.holder(c.holder()).name(),
                    ctx.maps().places().childcare.get(c.id())));
        }
        return List.copyOf(entries);
    }

    /** A kindcentrum is found by its own name and area and by the names and addresses of its partners. */
    private SearchEntry kindcentrum(Kindcentrum k) {
        AtlasIndex index = ctx.index();
        Set<CareType> care = new LinkedHashSet<>();
        boolean vve = false;
        StringBuilder words = new StringBuilder(k.name());
        Address address = null;
        for (String id : k.schools()) {
            School s = index.school(id);
            address = address == null ? s.address() : address;
            words.append(' ').append(s.name()).append(' ').append(addressText(s.address()));
        }
        for (String id : k.childcare()) {
            ChildcareLocation c = index.childcare(id);
            if (open.open(c)) {
                // the care a kindcentrum offers is that of its open locations
                care.addAll(c.careTypes());
                vve |= c.vve();
            }
            words.append(' ').append(c.name()).append(' ').append(addressText(c.address()));
        }
        List<String> facts = new ArrayList<>();
        String level = ctx.cards().levelSentence(k);
        if (level != null) {
            facts.add(level);
        }
        facts.add(ctx.cards().assessmentSummary(k));
        if (!care.isEmpty()) {
            facts.add(Dutch.capitalise(Cards.careTypes(List.copyOf(care))) + (vve ? ", met VVE" : ""));
        }
        return entry(KIND_KINDCENTRUM, k.name(), SitePaths.kindcentrum(k.id()), address, facts, k.area(),
                codes(List.copyOf(care)), vve, level(List.of(k)), words.toString(),
                ctx.maps().places().kindcentra.get(k.id()));
    }

    private SearchEntry entry(String kind, String name, String href, Address address, List<String> facts,
            String area, List<String> care, boolean vve, int level, String words, MapPlace place) {
        List<String> areas = enclosing(area);
        StringBuilder text = new StringBuilder(words);
        if (address != null) {
            text.append(' ').append(addressText(address));
        }
        for (String id : areas) {
            text.append(' ').append(ctx.index().area(id).name());
        }
        Coordinates at = place == null ? null : place.at();
        return new SearchEntry(kind, name, href, address == null ? null : Names.address(address), facts, areas,
                care, vve, level, normalise(text.toString()), at == null ? null : round(at.lat()),
                at == null ? null : round(at.lon()));
    }

    /** The typical level of the first kindcentrum with an assessment; 0 when there is none. */
    private int level(List<Kindcentrum> kindcentra) {
        for (Kindcentrum k : kindcentra) {
            int level = typicalLevel(ctx.scale(), k);
            if (level > 0) {
                return level;
            }
        }
        return 0;
    }

    /** The newest assessment of a kindcentrum, or null when it has none. */
    public static Assessment latest(Kindcentrum k) {
        Assessment latest = null;
        for (Assessment a : k.assessments()) {
            if (latest == null || a.year() > latest.year()) {
                latest = a;
            }
        }
        return latest;
    }

    /** The number of the level most themes were on at the newest assessment; 0 when there is none. */
    public static int typicalLevel(Scale scale, Kindcentrum k) {
        Assessment latest = latest(k);
        LevelView typical = latest == null ? null : scale.typical(latest.levels());
        return typical == null ? 0 : Integer.parseInt(typical.number());
    }

    /** The area and every area it lies in, nearest first. */
    private List<String> enclosing(String areaId) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id = areaId; id != null && seen.add(id); ) {
            ids.add(id);
            Area area = ctx.index().area(id);
            id = area == null ? null : area.parent();
        }
        return ids;
    }

    private static List<String> codes(List<CareType> types) {
        return types.stream().map(CareType::code).toList();
    }

    /** About a metre: enough to rank by distance. */
    static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    /** Street, postcode as written and without its space, and place. */
    private static String addressText(Address a) {
        return a.street() + " " + a.postcode() + " " + a.postcode().replace(" ", "") + " " + a.place();
    }

    /** Lower case, accents removed, punctuation to spaces: the search script does the same to a query. */
    public static String normalise(String s) {
        String plain = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String lower = plain.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
