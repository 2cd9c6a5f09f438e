package nl.ikcatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.testing.TinyAtlas;
import org.junit.jupiter.api.Test;

class AtlasJsonTest {
    private final Atlas atlas = TinyAtlas.build();

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
        Kindcentrum griffel = atlas.kindcentra().stream().filter(k -> k.id().equals("de-gouden-griffel")).findFirst()
                .orElseThrow();
        AtlasJson.KindcentrumRow row = back.kindcentra().stream().filter(k -> k.id().equals("de-gouden-griffel"))
                .findFirst().orElseThrow();
        assertEquals(griffel.name(), row.name());
        assertEquals(griffel.schools(), row.schools());
        assertEquals("1", row.interest());
        assertEquals(List.of(2023, 2024, 2025), row.assessments().stream().map(AtlasJson.AssessmentRow::year).toList());
        assertEquals(griffel.assessments().stream().max(Comparator.comparingInt(a -> a.year())).orElseThrow().levels(),
                row.assessments().get(2).levels());
    }

    @Test
    void everyPlaceCarriesItsHistoryAndWhetherItIsOpenOnTheEditionDate() throws Exception {
        String json = new AtlasJson().json(withHistory(atlas));
        AtlasJson.Export back = new ObjectMapper().readValue(json, AtlasJson.Export.class);
        AtlasJson.ChildcareRow closed = back.childcare().stream().filter(c -> c.id().equals("zonnetje"))
                .findFirst().orElseThrow();
        assertEquals(List.of("2019-01-07", "2025-07-31", "false"),
                List.of(closed.opened(), closed.closed(), Boolean.toString(closed.open())));
        assertEquals(List.of(new AtlasJson.FormerNameRow("Peuterspeelzaal Zon", "2015-01-01"),
                new AtlasJson.FormerNameRow("Kinderdagverblijf Zon", "2018-03-01")), closed.formerNames());
        AtlasJson.SchoolRow open = back.schools().stream().filter(s -> s.id().equals("de-oosthoek")).findFirst()
                .orElseThrow();
        assertEquals(Arrays.asList(null, null, List.of(), true),
                Arrays.asList(open.opened(), open.closed(), open.formerNames(), open.open()));
        AtlasJson.KindcentrumRow later = back.kindcentra().stream().filter(k -> k.id().equals("mfa-zuid"))
                .findFirst().orElseThrow();
        assertEquals("2027-01-04", later.opened());
        assertFalse(later.open());
        assertTrue(json.contains("\"closed\" : \"2025-07-31\","), json);
    }

    /** Het Zonnetje closed in 2025 after two names; MFA Zuid starts after the edition date. */
    private static Atlas withHistory(Atlas a) {
        ChildcareLocation z = a.childcareLocations().get(0);
        ChildcareLocation closed = new ChildcareLocation(z.id(), z.lrk(), z.name(), z.holder(), z.careTypes(),
                z.places(), z.vve(), z.address(), z.coordinates(), z.area(), z.website(),
                new History(LocalDate.of(2019, 1, 7), LocalDate.of(2025, 7, 31), List.of(
                        new FormerName("Kinderdagverblijf Zon", LocalDate.of(2018, 3, 1)),
                        new FormerName("Peuterspeelzaal Zon", LocalDate.of(2015, 1, 1)))),
                z.source(), z.origin());
        Kindcentrum m = a.kindcentra().get(1);
        Kindcentrum later = new Kindcentrum(m.id(), m.name(), m.area(), m.schools(), m.childcare(), m.scenario(),
                m.lead(), m.interest(), m.housing(), m.description(), new History(LocalDate.of(2027, 1, 4), null,
                        List.of()), m.source(), m.assessments(), m.origin());
        return new Atlas(a.settings(), a.instrument(), a.areas(), a.boards(), a.schools(), a.holders(),
                List.of(closed, a.childcareLocations().get(1)), List.of(a.kindcentra().get(0), later));
    }

    @Test
    void leavesOutThePositionsInTheYamlFiles() {
        String json = new AtlasJson().json(atlas);
        assertFalse(json.contains("origin"));
        assertFalse(json.contains(".yaml"));
    }
}
