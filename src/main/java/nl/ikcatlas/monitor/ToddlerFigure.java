package nl.ikcatlas.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Toddlers;

/**
 * The toddlers (2 to 4 years) of an area in one year: the area's own figure or, when it has none, the sum
 * of the figures of the areas directly inside it (a kern made of wijken). {@code summedAreas} names the
 * areas added up (empty for an own figure); {@code missingAreas} the areas inside it without a figure for
 * {@code year}. {@code atRisk} is null unless every added figure gives it; {@code sources} are the ids of
 * the sources of the figures.
 */
public record ToddlerFigure(int year, int count, Integer atRisk, List<String> sources, List<String> summedAreas,
        List<String> missingAreas) {

    public ToddlerFigure {
        sources = List.copyOf(sources);
        summedAreas = List.copyOf(summedAreas);
        missingAreas = List.copyOf(missingAreas);
    }

    public boolean summed() {
        return !summedAreas.isEmpty();
    }

    /** Per area id its figure; areas without one, of their own or inside them, are left out. */
    static Map<String, ToddlerFigure> of(List<Area> areas) {
        Map<String, List<Area>> inside = new HashMap<>();
        for (Area a : areas) {
            if (a.parent() != null) {
                inside.computeIfAbsent(a.parent(), k -> new ArrayList<>()).add(a);
            }
        }
        inside.values().forEach(list -> list.sort(Comparator.comparing(Area::name)));
        Map<String, ToddlerFigure> result = new HashMap<>();
        for (Area a : areas) {
            ToddlerFigure f = figure(a, inside, new HashSet<>());
            if (f != null) {
                result.put(a.id(), f);
            }
        }
        return result;
    }

    /** {@code visiting} stops the walk at a cycle of parents, which the validator reports. */
    private static ToddlerFigure figure(Area area, Map<String, List<Area>> inside, Set<String> visiting) {
        Toddlers own = area.toddlers();
        if (own != null) {
            return new ToddlerFigure(own.year(), own.count(), own.atRisk(),
                    own.source() == null ? List.of() : List.of(own.source()), List.of(), List.of());
        }
        if (!visiting.add(area.id())) {
            return null;
        }
        List<Area> parts = inside.getOrDefault(area.id(), List.of());
        Map<Area, ToddlerFigure> known = new HashMap<>();
        for (Area part : parts) {
            ToddlerFigure f = figure(part, inside, visiting);
            if (f != null) {
                known.put(part, f);
            }
        }
        if (known.isEmpty()) {
            return null;
        }
        int year = known.values().stream().mapToInt(ToddlerFigure::year).max().orElseThrow();
        int count = 0;
        Integer atRisk = 0;
        Set<String> sources = new LinkedHashSet<>();
        List<String> summed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Area part : parts) {
            ToddlerFigure f = known.get(part);
            if (f == null || f.year() != year) {
                missing.add(part.name());
                continue;
            }
            summed.add(part.name());
            count += f.count();
            atRisk = atRisk == null || f.atRisk() == null ? null : atRisk + f.atRisk();
            sources.addAll(f.sources());
        }
        return new ToddlerFigure(year, count, atRisk, List.copyOf(sources), summed, missing);
    }
}
