package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Area figures count a place from the day it opens until the day it closes (edition: 1 november 2026). */
class AreaSummariesTest {
    @TempDir
    Path dir;

    private static String location(String id, String history) {
        return """
                -- data/childcare/%s.yaml --
                id: %s
                name: Opvang %s
                holder: houder
                care_types: [peuteropvang]
                places: {peuteropvang: 10}
                vve: true
                address: Schoolstraat 3
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.001, lon: 4.501}
                area: noord
                %s
                source: voorbeeld
                """.formatted(id, id, id, history);
    }

    @Test
    void closedPlacesDoNotCountFromTheirClosingDateAndRenamedPlacesKeepTheirCurrentName() {
        TinySite site = TinySite.valid()
                .with(location("dicht", "closed: 2025-07-31"))
                .with(location("dicht-op-de-editiedatum", "closed: 2026-11-01"))
                .with(location("gaat-dicht", "closed: 2026-12-31"))
                .with(location("gaat-open", "opened: 2027-01-04"))
                .with(location("net-open", "opened: 2026-11-01"))
                .with("""
                        -- data/kindcentra/kc.yaml --
                        id: kc
                        name: Kindcentrum De School
                        area: noord
                        schools: [de-school]
                        scenario: school
                        lead: samen
                        interest: 1
                        housing: {situation: een-gebouw}
                        former_names:
                          - name: Brede School Noord
                            until: 2024-08-01
                        source: voorbeeld
                        """);
        Problems problems = new Problems();
        Atlas atlas = new AtlasLoader().load(site.writeTo(dir), problems).atlas();
        assertEquals(List.of(), problems.sorted());

        AreaSummary noord = new AreaSummaries(atlas).of("noord");
        // Opvang De Wei (kdv, bso), gaat-dicht and net-open
        assertEquals(3, noord.childcareLocations());
        assertEquals(Map.of(CareType.KDV, 1, CareType.BSO, 1, CareType.PEUTEROPVANG, 2), noord.locationsByCareType());
        assertEquals(Map.of(CareType.KDV, 16, CareType.BSO, 40, CareType.PEUTEROPVANG, 20), noord.places());
        assertEquals(3, noord.vveLocations());
        assertEquals(List.of("Kindcentrum De School"), noord.kindcentra().stream().map(Kindcentrum::name).toList());
        AreaSummary dorp = new AreaSummaries(atlas).of("dorp");
        assertEquals(3, dorp.childcareLocations());
        // no school gives its number of pupils
        assertEquals(1, dorp.schools());
        assertEquals(0, dorp.schoolsWithPupils());
        assertEquals(0, dorp.pupils());
    }
}
