package nl.ikcatlas.model;

import java.util.List;
import java.util.Map;

/**
 * A childcare location, registered in the LRK; {@code places} per care type where known; {@code lrkUrl} is its
 * page in the register and {@code phone} the location's or its organisation's number, never a person's.
 */
public record ChildcareLocation(
        String id,
        String lrk,
        String name,
        String holder,
        List<CareType> careTypes,
        Map<CareType, Integer> places,
        boolean vve,
        Address address,
        Coordinates coordinates,
        String area,
        String lrkUrl,
        String website,
        String phone,
        History history,
        String source,
        Origin origin) {

    public ChildcareLocation {
        careTypes = List.copyOf(careTypes);
        places = Map.copyOf(places);
    }
}
