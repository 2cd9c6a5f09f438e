package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation rule on the tiny site, with its exact message and position. */
class RuleProblemsTest {
    @TempDir
    Path dir;

    private List<String> problems(String files) {
        return Check.problems(TinySite.valid().with(files), dir);
    }

    private static final String HOLDER = "-- data/holders/%s.yaml --\nid: %s\nname: Houder\nsource: voorbeeld\n";

    @Test
    void idsThatAreUnsafeAsFileNames() {
        assertEquals(List.of(
                "data/holders/a.yaml:1:5: the id 'De Wéi/2' cannot be used as a file name\n"
                        + "    hint: use lowercase letters a-z, digits and single hyphens, at most 64 characters,"
                        + " for example 'de-wei-2'",
                "data/holders/b.yaml:1:5: the id 'index' cannot be used as a file name\n"
                        + "    hint: use lowercase letters a-z, digits and single hyphens, at most 64 characters,"
                        + " for example 'locatie-index'"),
                problems(HOLDER.formatted("a", "De Wéi/2") + HOLDER.formatted("b", "index")));
    }

    @Test
    void idsOfSourcesLevelsAndThemesAreIdsToo() {
        List<String> found = problems("""
                -- data/instrument.yaml --
                name: Ontwikkelinstrument
                source: duo
                levels:
                  - id: Los Van Elkaar
                    name: Los van elkaar
                    summary: Geen samenwerking.
                    plain: School en opvang werken apart.
                themes:
                  - id: visie<b>
                    name: Visie
                    summary: Wat ze samen willen.
                    levels:
                      Los Van Elkaar: {summary: Geen visie., plain: Ieder een eigen plan.}
                """);
        assertEquals(List.of(
                "data/instrument.yaml:4:9: the id 'Los Van Elkaar' is not a valid id\n"
                        + "    hint: use lowercase letters a-z, digits and single hyphens, at most 64 characters,"
                        + " for example 'los-van-elkaar'",
                "data/instrument.yaml:9:9: the id 'visie<b>' is not a valid id\n"
                        + "    hint: use lowercase letters a-z, digits and single hyphens, at most 64 characters,"
                        + " for example 'visie-b'"),
                found.stream().filter(p -> p.contains("not a valid id")).toList());
    }

    @Test
    void duplicateIdsPointAtTheOtherRecord() {
        assertEquals(List.of("data/holders/zz.yaml:1:5: two holders have the id 'houder'; the other is at"
                        + " data/holders/houder.yaml:1:5\n    hint: give one of them another id"),
                problems(HOLDER.formatted("zz", "houder")));
    }

    @Test
    void referencesToRecordsThatDoNotExist() {
        assertEquals(List.of(
                "data/areas/dorp.yaml:4:9: the area 'dorp' lies inside itself through its parents\n"
                        + "    hint: an area's parent must be a larger area, and the chain of parents must end",
                "data/areas/noord.yaml:5:9: the area 'noord' lies inside itself through its parents\n"
                        + "    hint: an area's parent must be a larger area, and the chain of parents must end",
                "data/kindcentra/kc.yaml:4:11: there is no school with the id 'de-scool'\n"
                        + "    hint: did you mean 'de-school'?",
                "data/kindcentra/kc.yaml:4:32: 'de-school' is listed twice in 'schools'\n    hint: remove one of the two",
                "data/kindcentra/kc.yaml:5:13: there is no childcare location with the id 'elders'\n"
                        + "    hint: the childcare location records are in data/childcare/",
                "data/kindcentra/kc.yaml:11:9: the source 'voorbeelden' is not listed in data/atlas.yaml\n"
                        + "    hint: did you mean 'voorbeeld'?"),
                problems("""
                        -- data/areas/dorp.yaml --
                        id: dorp
                        name: Dorp
                        kind: kern
                        parent: noord
                        source: duo
                        -- data/kindcentra/kc.yaml --
                        id: kc
                        name: Kindcentrum De School
                        area: noord
                        schools: [de-scool, de-school, de-school]
                        childcare: [elders]
                        scenario: school
                        lead: samen
                        interest: 1
                        housing:
                          situation: een-gebouw
                        source: voorbeelden
                        """));
    }

    @Test
    void codeFormats() {
        assertEquals(List.of(
                "data/areas/noord.yaml:4:11: the CBS wijk code WK010601 belongs to another municipality than GM1621\n"
                        + "    hint: it should start with WK1621",
                "data/childcare/opvang.yaml:2:6: '12345' is not a valid LRK number\n"
                        + "    hint: an LRK registration number has exactly 9 digits;"
                        + " look it up on landelijkregisterkinderopvang.nl",
                "data/childcare/opvang.yaml:8:11: '2651 ss' is not a valid postcode\n    hint: write it as 2651 SS",
                "data/holders/houder.yaml:3:6: '1234567' is not a valid KvK number\n    hint: a KvK number has exactly 8 digits",
                "data/holders/houder.yaml:4:10: 'www.houder.nl' is not a valid web address\n    hint: start it with https://",
                "data/schools/de-school.yaml:2:17: '16db0' is not a valid vestigingscode\n"
                        + "    hint: write the BRIN code (two digits, two capital letters) and two digits, for example 16DB00",
                "data/schools/de-school.yaml:6:11: '2651AB' is not a valid postcode\n    hint: write it as 2651 AB"),
                problems("""
                        -- data/areas/noord.yaml --
                        id: noord
                        name: Noord
                        kind: wijk
                        cbs_code: WK010601
                        parent: dorp
                        source: duo
                        -- data/holders/houder.yaml --
                        id: houder
                        name: Kinderopvang Houder
                        kvk: 1234567
                        website: www.houder.nl
                        source: voorbeeld
                        -- data/schools/de-school.yaml --
                        id: de-school
                        vestigingscode: 16db0
                        name: De School
                        board: bestuur
                        address: Schoolstraat 1
                        postcode: 2651AB
                        place: Dorp
                        coordinates: {lat: 52.0, lon: 4.5}
                        area: noord
                        denomination: Openbaar
                        source: duo
                        -- data/childcare/opvang.yaml --
                        id: opvang
                        lrk: 12345
                        name: Opvang De Wei
                        holder: houder
                        care_types: [kdv, bso]
                        vve: false
                        address: Schoolstraat 3
                        postcode: 2651 ss
                        place: Dorp
                        coordinates: {lat: 52.001, lon: 4.501}
                        area: noord
                        source: voorbeeld
                        """));
    }

    @Test
    void aWijkNeedsItsCbsCode() {
        assertEquals(List.of("data/areas/noord.yaml:3:7: a wijk needs its CBS code\n"
                        + "    hint: add a line 'cbs_code: WK1621ww' with the wijk's two digits"),
                problems("-- data/areas/noord.yaml --\nid: noord\nname: Noord\nkind: wijk\nsource: duo\n"));
    }

    @Test
    void coordinatesOutsideTheNetherlands() {
        String school = """
                -- data/schools/de-school.yaml --
                id: de-school
                vestigingscode: 16DB00
                name: De School
                board: bestuur
                address: Schoolstraat 1
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: %s, lon: %s}
                area: noord
                denomination: Openbaar
                source: duo
                """;
        assertEquals(List.of("data/schools/de-school.yaml:8:15: the coordinates 48.85, 2.35 lie outside the Netherlands\n"
                        + "    hint: in the Netherlands lat is between 50.75 and 53.56, lon between 3.35 and 7.23"),
                problems(school.formatted("48.85", "2.35")));
        assertEquals(List.of("data/schools/de-school.yaml:8:15: the coordinates 4.5, 52.0 lie outside the Netherlands\n"
                        + "    hint: lat and lon seem swapped: lat is about 51 to 53, lon about 3 to 7"),
                problems(school.formatted("4.5", "52.0")));
    }

    @Test
    void assessmentsMustUseTheInstrumentsThemesAndLevels() {
        assertEquals(List.of(
                "data/kindcentra/kc.yaml:15:11: there are two assessments for 2024\n    hint: keep one assessment per year",
                "data/kindcentra/kc.yaml:16:11: the date 2023-05-01 is not in the year 2024\n"
                        + "    hint: correct the year or the date",
                "data/kindcentra/kc.yaml:19:7: the assessment of 2024 has no level for the theme 'ruimte'\n"
                        + "    hint: add a line 'ruimte: <level>'",
                "data/kindcentra/kc.yaml:19:14: 'samn' is not a level of the instrument\n    hint: did you mean 'samen'?",
                "data/kindcentra/kc.yaml:20:18: 'kwaliteit' is not a theme of the instrument\n"
                        + "    hint: choose one of visie, ruimte"),
                problems("""
                        -- data/kindcentra/kc.yaml --
                        id: kc
                        name: Kindcentrum De School
                        area: noord
                        schools: [de-school]
                        scenario: school
                        lead: samen
                        interest: 1
                        housing:
                          situation: een-gebouw
                        source: voorbeeld
                        assessments:
                          - year: 2024
                            source: voorbeeld
                            levels: {visie: los, ruimte: los}
                          - year: 2024
                            date: 2023-05-01
                            source: voorbeeld
                            levels:
                              visie: samn
                              kwaliteit: los
                        """));
    }

    @Test
    void everyThemeMustDescribeEveryLevel() {
        assertEquals(List.of(
                "data/instrument.yaml:11:9: two themes have the id 'visie'\n    hint: give one of them another id",
                "data/instrument.yaml:15:7: the theme 'visie' does not describe the level 'samen'\n"
                        + "    hint: add 'samen:' with a summary and a plain text under this theme's levels",
                "data/instrument.yaml:16:16: 'sammen' is not one of the instrument's levels\n"
                        + "    hint: did you mean 'samen'?",
                // with the second theme renamed, the assessments' 'ruimte' no longer exists:
                "data/kindcentra/kc.yaml:18:15: 'ruimte' is not a theme of the instrument\n    hint: choose one of visie",
                "data/kindcentra/kc.yaml:24:15: 'ruimte' is not a theme of the instrument\n    hint: choose one of visie"),
                problems("""
                        -- data/instrument.yaml --
                        name: Ontwikkelinstrument
                        source: duo
                        levels:
                          - {id: los, name: Los, summary: s, plain: p}
                          - {id: samen, name: Samen, summary: s, plain: p}
                        themes:
                          - id: visie
                            name: Visie
                            summary: s
                            levels: {los: {summary: s, plain: p}, samen: {summary: s, plain: p}}
                          - id: visie
                            name: Ruimte
                            summary: s
                            levels:
                              los: {summary: s, plain: p}
                              sammen: {summary: s, plain: p}
                        """));
    }

    @Test
    void placesMustBelongToOfferedCareTypes() {
        assertEquals(List.of(
                "data/childcare/opvang.yaml:4:19: 'bso' is listed twice in 'care_types'\n    hint: remove one of the two",
                "data/childcare/opvang.yaml:5:24: places are given for 'peuteropvang', but that is not in this"
                        + " location's care_types\n    hint: add it to care_types or remove these places"),
                problems("""
                        -- data/childcare/opvang.yaml --
                        id: opvang
                        name: Opvang De Wei
                        holder: houder
                        care_types: [bso, bso]
                        places: {peuteropvang: 16}
                        vve: false
                        address: Schoolstraat 3
                        postcode: 2651 AB
                        place: Dorp
                        coordinates: {lat: 52.001, lon: 4.501}
                        area: noord
                        source: voorbeeld
                        """));
    }

    @Test
    void optionalFiguresAndHistoryMustBeConsistent() {
        assertEquals(List.of(
                "data/areas/dorp.yaml:4:11: the boundary file data/boundaries/dorp.geojson does not exist\n"
                        + "    hint: put the area's GeoJSON outline there, or remove the line",
                "data/areas/dorp.yaml:8:12: the number of toddlers at risk (90) must be between 0 and the number"
                        + " of toddlers (80)",
                "data/areas/dorp.yaml:9:11: the source 'cbs' is not listed in data/atlas.yaml\n"
                        + "    hint: add it under 'sources' in data/atlas.yaml",
                "data/areas/noord.yaml:6:11: the boundary file must be in data/boundaries/\n"
                        + "    hint: write it as boundaries/<name>.geojson",
                "data/schools/de-school.yaml:13:9: the closing date 2024-07-31 is before the opening date 2024-08-01\n"
                        + "    hint: correct one of the two dates"),
                problems("""
                        -- data/areas/dorp.yaml --
                        id: dorp
                        name: Dorp
                        kind: kern
                        boundary: boundaries/dorp.geojson
                        toddlers:
                          year: 2020
                          count: 80
                          at_risk: 90
                          source: cbs
                        source: duo
                        -- data/areas/noord.yaml --
                        id: noord
                        name: Noord
                        kind: wijk
                        cbs_code: WK162101
                        parent: dorp
                        boundary: ../atlas.yaml
                        source: duo
                        -- data/schools/de-school.yaml --
                        id: de-school
                        vestigingscode: 16DB00
                        name: De School
                        board: bestuur
                        address: Schoolstraat 1
                        postcode: 2651 AB
                        place: Dorp
                        coordinates: {lat: 52.0, lon: 4.5}
                        area: noord
                        denomination: Openbaar
                        pupils: {count: 212, year: 2025, source: duo}
                        opened: 2024-08-01
                        closed: 2024-07-31
                        former_names:
                          - {name: De Oude School, until: 2024-08-01}
                        source: duo
                        """));
    }

    @Test
    void mapAndPolicySettings() {
        assertEquals(List.of(
                "data/atlas.yaml:11:10: 'tiles' must be one of pdok, openstreetmap, geen, not 'google'",
                "data/atlas.yaml:13:9: 'role' must be one of sturend, regisserend, faciliterend, volgend, not 'sturen'\n"
                        + "    hint: did you mean 'sturend'?"),
                problems("""
                        -- data/atlas.yaml --
                        municipality: Testdorp
                        cbs_code: GM1621
                        edition: 2026-11-01
                        sources:
                          - id: duo
                            name: Alle schoolvestigingen
                            date: 2026-10-01
                        contact:
                          organisation: Gemeente Testdorp
                        map:
                          tiles: google
                        policy:
                          role: sturen
                          budget: EUR 1.150.000 per jaar
                          source: duo
                        """).stream().filter(p -> p.startsWith("data/atlas.yaml")).toList());
    }
}
