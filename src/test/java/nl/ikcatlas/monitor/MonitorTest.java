package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorTest {
    @TempDir
    Path dir;

    private Atlas load(TinySite site) {
        Problems problems = new Problems();
        Atlas atlas = new AtlasLoader().load(site.writeTo(dir), problems).atlas();
        assertEquals(List.of(), problems.sorted());
        return atlas;
    }

    private static final String SECOND_KC = """
            -- data/kindcentra/kc2.yaml --
            id: kc2
            name: Kindcentrum Twee
            area: dorp
            schools: [de-school]
            scenario: mfa
            lead: school
            interest: 2
            housing: {situation: apart}
            source: voorbeeld
            former_names:
              - name: Oude Naam
                until: 2025-03-01
            assessments:
              - year: 2025
                source: voorbeeld
                levels: {visie: samen, ruimte: samen}
            """;

    @Test
    void countsLevelsPerThemeInTheLatestAssessments() {
        Atlas atlas = load(TinySite.valid().with(SECOND_KC));
        List<ThemeDistribution> d = new Monitor(atlas.instrument()).distribution(atlas.kindcentra());
        assertEquals("visie", d.get(0).theme().id());
        assertEquals(List.of(0, 2), d.get(0).counts());
        assertEquals("ruimte", d.get(1).theme().id());
        assertEquals(List.of(1, 1), d.get(1).counts());
        assertEquals(2, d.get(1).total());
    }

    @Test
    void changeSinceThePreviousAssessmentPerTheme() {
        Atlas atlas = load(TinySite.valid().with(SECOND_KC));
        Monitor monitor = new Monitor(atlas.instrument());
        LocationChange change = monitor.change(atlas.kindcentra().stream().filter(k -> k.id().equals("kc")).findFirst()
                .orElseThrow());
        assertEquals(2024, change.previous().year());
        assertEquals(2025, change.latest().year());
        assertEquals(Change.UP, change.shifts().get(0).change());
        assertEquals(1, change.shifts().get(0).difference());
        assertEquals(Change.SAME, change.shifts().get(1).change());
        assertEquals(1, change.count(Change.UP));
        assertEquals(1, change.count(Change.SAME));
        assertEquals(0, change.count(Change.DOWN));
        assertNull(monitor.change(atlas.kindcentra().stream().filter(k -> k.id().equals("kc2")).findFirst()
                .orElseThrow()));
    }

    @Test
    void areaSummaryCountsTheAreasInsideAndLeavesClosedPlacesOut() {
        Atlas atlas = load(TinySite.valid().with(SECOND_KC).with("""
                -- data/areas/dorp.yaml --
                id: dorp
                name: Dorp
                kind: kern
                toddlers: {year: 2020, count: 1265, at_risk: 80, source: duo}
                source: duo
                -- data/schools/oud.yaml --
                id: oud
                vestigingscode: 16DB01
                name: Oude School
                board: bestuur
                address: Schoolstraat 9
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.0, lon: 4.5}
                area: dorp
                denomination: Openbaar
                pupils: {count: 120, year: 2025, source: voorbeeld}
                closed: 2026-07-31
                source: duo
                -- data/schools/nieuw.yaml --
                id: nieuw
                vestigingscode: 16DB02
                name: Nieuwe School
                board: bestuur
                address: Schoolstraat 11
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.0, lon: 4.5}
                area: dorp
                denomination: Openbaar
                pupils: {count: 210, year: 2025, source: voorbeeld}
                opened: 2025-08-01
                source: duo
                """));
        AreaSummaries summaries = new AreaSummaries(atlas);
        AreaSummary dorp = summaries.of("dorp");
        assertEquals(2, dorp.schools());
        assertEquals(1, dorp.schoolsWithPupils());
        assertEquals(210, dorp.pupils());
        assertEquals(1, dorp.childcareLocations());
        assertEquals(Map.of(CareType.KDV, 1, CareType.BSO, 1), dorp.locationsByCareType());
        assertEquals(Map.of(CareType.KDV, 16, CareType.BSO, 40), dorp.places());
        assertEquals(1, dorp.vveLocations());
        assertEquals(1265, dorp.toddlers().count());
        assertEquals(80, dorp.toddlers().atRisk());
        assertEquals(Map.of(InterestCategory.START, 1, InterestCategory.ORIENTATION, 1), dorp.interest());
        assertEquals(2, dorp.kindcentra().size());
        AreaSummary noord = summaries.of("noord");
        assertEquals(1, noord.schools());
        assertEquals(0, noord.schoolsWithPupils());
        assertEquals(1, noord.kindcentra().size());
        assertNull(noord.toddlers());

        ChangeLog log = new ChangeLog(atlas, new Monitor(atlas.instrument()), Collator.getInstance(Locale.ROOT));
        assertEquals(List.of(2026, 2025, 2024), log.years().stream().map(YearOfChanges::year).toList());
        YearOfChanges y2026 = log.years().get(0);
        assertEquals(List.of(), y2026.assessments());
        assertEquals(1, y2026.provisions().size());
        assertEquals(ProvisionEvent.Kind.CLOSED, y2026.provisions().get(0).kind());
        assertEquals("Oude School", y2026.provisions().get(0).name());
        YearOfChanges y2025 = log.years().get(1);
        assertEquals(List.of("Kindcentrum De School", "Kindcentrum Twee"),
                y2025.assessments().stream().map(e -> e.kindcentrum().name()).toList());
        assertEquals(1, y2025.assessments().get(0).count(Change.UP));
        assertNull(y2025.assessments().get(1).previous());
        assertEquals(List.of(ProvisionEvent.Kind.RENAMED, ProvisionEvent.Kind.OPENED),
                y2025.provisions().stream().map(ProvisionEvent::kind).toList());
        assertEquals("Oude Naam", y2025.provisions().get(0).formerName());
        assertEquals("Kindcentrum Twee", y2025.provisions().get(0).name());
        assertEquals("Nieuwe School", y2025.provisions().get(1).name());
        assertEquals(1, log.years().get(2).assessments().size());
    }
}
