package nl.ikcatlas.monitor;

import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;

/**
 * The figures of one area, counting the areas inside it too, and only places that are open on the
 * edition date. {@code pupils} adds up the schools whose number is known ({@code schoolsWithPupils}).
 * {@code places} holds registered places per care type, for the locations that give them.
 * {@code toddlers} is the area's own figure, or the sum of the areas inside it, or null. {@code pupilSources} are the sources of the
 * numbers of pupils that were added up.
 */
public record AreaSummary(
        Area area,
        int schools,
        int schoolsWithPupils,
        int pupils,
        int childcareLocations,
        Map<CareType, Integer> locationsByCareType,
        Map<CareType, Integer> places,
        int vveLocations,
        ToddlerFigure toddlers,
        Map<InterestCategory, Integer> interest,
        Map<HousingSituation, Integer> housing,
        List<Kindcentrum> kindcentra,
        List<String> pupilSources) {

    public AreaSummary {
        locationsByCareType = Map.copyOf(locationsByCareType);
        places = Map.copyOf(places);
        interest = Map.copyOf(interest);
        housing = Map.copyOf(housing);
        kindcentra = List.copyOf(kindcentra);
        pupilSources = List.copyOf(pupilSources);
    }
}
