package nl.ikcatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;

class AtlasJsonTest {
    private final Atlas atlas = TinySite.valid().load();

    @Test
    void readsBackAsTheAtlasItWasWrittenFrom() throws Exception {
        String json = new AtlasJson().json(atlas);
        AtlasJson.Export back = new ObjectMapper().readValue(json, AtlasJson.Export.class);
        assertEquals(AtlasJson.export(atlas), back);

        assertEquals(atlas.settings().municipality(), back.municipality());
        assertEquals(atlas.settings().edition().toString(), back.edition());
        assertEquals("CC BY 4.0", back.licence());
        assertEquals(atlas.schools().stream().map(School::id).sorted().toList(),
                back.schools().stream().map(AtlasJson.SchoolRow::id).toList());
        assertEquals(atlas.childcareLocations().size(), back.childcare().size());
        assertEquals(atlas.areas().size(), back.areas().size());
        Kindcentrum kc = atlas.kindcentra().stream().filter(k -> k.id().equals("kc")).findFirst().orElseThrow();
        AtlasJson.KindcentrumRow row = back.kindcentra().stream().filter(k -> k.id().equals("kc"))
                .findFirst().orElseThrow();
        assertEquals(kc.name(), row.name());
        assertEquals(kc.schools(), row.schools());
        assertEquals("1", row.interest());
        assertEquals(List.of(2024, 2025), row.assessments().stream().map(AtlasJson.AssessmentRow::year).toList());
        assertEquals(kc.assessments().stream().max(Comparator.comparingInt(a -> a.year())).orElseThrow().levels(),
                row.assessments().get(1).levels());
    }

    /** Opvang De Wei closed in 2025 after two names; Kindcentrum Later starts after the edition date. */
    @Test
    void everyPlaceCarriesItsHistoryAndWhetherItIsOpenOnTheEditionDate() throws Exception {
        Atlas withHistory = TinySite.valid().with("""
                -- data/childcare/opvang.yaml --
                id: opvang
                lrk: "123456789"
                name: Opvang De Wei
                holder: houder
                care_types: [kdv]
                places: {kdv: 16}
                vve: false
                address: Schoolstraat 3
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.001, lon: 4.501}
                area: noord
                opened: 2019-01-07
                closed: 2025-07-31
                former_names:
                  - name: Kinderdagverblijf Zon
                    until: 2018-03-01
                  - name: Peuterspeelzaal Zon
                    until: 2015-01-01
                source: voorbeeld
                -- data/schools/het-palet.yaml --
                id: het-palet
                vestigingscode: 17AB01
                name: Het Palet
                board: bestuur
                address: Schoolstraat 5
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.002, lon: 4.502}
                area: dorp
                denomination: Openbaar
                source: duo
                -- data/kindcentra/later.yaml --
                id: later
                name: Kindcentrum Later
                area: dorp
                schools: [het-palet]
                scenario: school
                lead: samen
                interest: 1
                housing:
                  situation: een-gebouw
                opened: 2027-01-04
                source: voorbeeld
                """).load();
        String json = new AtlasJson().json(withHistory);
        AtlasJson.Export back = new ObjectMapper().readValue(json, AtlasJson.Export.class);
        AtlasJson.ChildcareRow closed = back.childcare().stream().filter(c -> c.id().equals("opvang"))
                .findFirst().orElseThrow();
        assertEquals(List.of("2019-01-07", "2025-07-31", "false"),
                List.of(closed.opened(), closed.closed(), Boolean.toString(closed.open())));
        assertEquals(List.of(new AtlasJson.FormerNameRow("Peuterspeelzaal Zon", "2015-01-01"),
                new AtlasJson.FormerNameRow("Kinderdagverblijf Zon", "2018-03-01")), closed.formerNames());
        AtlasJson.SchoolRow open = back.schools().stream().filter(s -> s.id().equals("de-school")).findFirst()
                .orElseThrow();
        assertEquals(Arrays.asList(null, null, List.of(), true),
                Arrays.asList(open.opened(), open.closed(), open.formerNames(), open.open()));
        AtlasJson.KindcentrumRow later = back.kindcentra().stream().filter(k -> k.id().equals("later"))
                .findFirst().orElseThrow();
        assertEquals("2027-01-04", later.opened());
        assertFalse(later.open());
        assertTrue(json.contains("\"closed\" : \"2025-07-31\","), json);
    }

    @Test
    void leavesOutThePositionsInTheYamlFiles() {
        String json = new AtlasJson().json(atlas);
        assertFalse(json.contains("origin"));
        assertFalse(json.contains(".yaml"));
    }
}
