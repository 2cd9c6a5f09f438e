package nl.ikcatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Atlas;
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
    void leavesOutThePositionsInTheYamlFiles() {
        String json = new AtlasJson().json(atlas);
        assertFalse(json.contains("origin"));
        assertFalse(json.contains(".yaml"));
    }
}
