package nl.ikcatlas.monitor;

import nl.ikcatlas.model.PlaceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;

/**
 * What changed, year by year, derived from the data: every assessment compared with the one before
 * it, and every place that opened, closed or was renamed up to the edition date (a planned opening
 * or closing is not a change yet). Linear in the number of records.
 */
public final class ChangeLog {
    private final List<YearOfChanges> years;

    public ChangeLog(Atlas atlas, Monitor monitor, Comparator<? super String> names) {
        Map<Integer, List<AssessmentEvent>> assessments = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, List<ProvisionEvent>> provisions = new TreeMap<>(Comparator.reverseOrder());
        LocalDate edition = atlas.settings().edition();
        for (Kindcentrum k : atlas.kindcentra()) {
            Timeline timeline = Timeline.of(k);
            for (int i = 0; i < timeline.assessments().size(); i++) {
                Assessment a = timeline.assessments().get(i);
                Assessment before = timeline.before(i);
                assessments.computeIfAbsent(a.year(), y -> new ArrayList<>()).add(new AssessmentEvent(k, a, before,
                        before == null ? List.of() : monitor.shifts(before, a)));
            }
        }
        for (School s : atlas.schools()) {
            history(provisions, edition, PlaceKind.SCHOOL, s.id(), s.name(), s.history(), s.source());
        }
        for (ChildcareLocation c : atlas.childcareLocations()) {
            history(provisions, edition, PlaceKind.CHILDCARE, c.id(), c.name(), c.history(), c.source());
        }
        for (Kindcentrum k : atlas.kindcentra()) {
            history(provisions, edition, PlaceKind.KINDCENTRUM, k.id(), k.name(), k.history(), k.source());
        }
        TreeMap<Integer, Boolean> allYears = new TreeMap<>(Comparator.reverseOrder());
        assessments.keySet().forEach(y -> allYears.put(y, true));
        provisions.keySet().forEach(y -> allYears.put(y, true));
        List<YearOfChanges> result = new ArrayList<>(allYears.size());
        for (int year : allYears.keySet()) {
            List<AssessmentEvent> a = assessments.getOrDefault(year, new ArrayList<>());
            a.sort(Comparator.comparing((AssessmentEvent e) -> e.kindcentrum().name(), names));
            List<ProvisionEvent> p = provisions.getOrDefault(year, new ArrayList<>());
            p.sort(Comparator.comparing(ProvisionEvent::date).thenComparing(ProvisionEvent::name, names));
            result.add(new YearOfChanges(year, a, p));
        }
        years = List.copyOf(result);
    }

    /** Newest year first. */
    public List<YearOfChanges> years() {
        return years;
    }

    private static void history(Map<Integer, List<ProvisionEvent>> byYear, LocalDate edition, PlaceKind place,
            String id, String name, History history, String source) {
        if (history == null) {
            return;
        }
        Consumer<ProvisionEvent> add = e -> {
            if (!e.date().isAfter(edition)) {
                byYear.computeIfAbsent(e.date().getYear(), y -> new ArrayList<>()).add(e);
            }
        };
        if (history.opened() != null) {
            add.accept(new ProvisionEvent(history.opened(), ProvisionEvent.Kind.OPENED, place, id,
                    nameOn(history, name, history.opened()), null, source));
        }
        if (history.closed() != null) {
            add.accept(new ProvisionEvent(history.closed(), ProvisionEvent.Kind.CLOSED, place, id,
                    nameOn(history, name, history.closed()), null, source));
        }
        List<FormerName> former = history.formerNamesOldestFirst();
        for (int i = 0; i < former.size(); i++) {
            String after = i + 1 < former.size() ? former.get(i + 1).name() : name;
            add.accept(new ProvisionEvent(former.get(i).until(), ProvisionEvent.Kind.RENAMED, place, id, after,
                    former.get(i).name(), source));
        }
    }

    /** The name a place had on {@code date}: the first former name still in use then, else its current name. */
    private static String nameOn(History history, String current, LocalDate date) {
        String result = current;
        LocalDate best = null;
        for (FormerName f : history.formerNames()) {
            if (f.until().isAfter(date) && (best == null || f.until().isBefore(best))) {
                best = f.until();
                result = f.name();
            }
        }
        return result;
    }
}
