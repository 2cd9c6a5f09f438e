package nl.ikcatlas.model;

import java.util.List;

/** Everything loaded from one atlas directory's {@code data/}. */
public record Atlas(
        AtlasSettings settings,
        Instrument instrument,
        List<Area> areas,
        List<SchoolBoard> boards,
        List<School> schools,
        List<ChildcareHolder> holders,
        List<ChildcareLocation> childcareLocations,
        List<Kindcentrum> kindcentra) {

    public Atlas {
        areas = List.copyOf(areas);
        boards = List.copyOf(boards);
        schools = List.copyOf(schools);
        holders = List.copyOf(holders);
        childcareLocations = List.copyOf(childcareLocations);
        kindcentra = List.copyOf(kindcentra);
    }
}
