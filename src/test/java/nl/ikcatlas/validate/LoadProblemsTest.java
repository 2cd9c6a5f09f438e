package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems found while reading files: syntax, unknown and missing fields, wrong types. */
class LoadProblemsTest {
    @TempDir
    Path dir;

    private List<String> problems(String files) {
        return Check.problems(TinySite.valid().with(files), dir);
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsPositionAndOtherFilesAreStillChecked() {
        assertEquals(List.of(
                "data/boards/bestuur.yaml:3:16: YAML syntax error: mapping values are not allowed here\n"
                        + "    hint: a value that contains ': ' must be put between quotes, or the indentation of this line is off",
                "data/holders/houder.yaml:1:1: missing required field 'name'\n    hint: add a line 'name: ...'",
                "data/holders/houder.yaml:2:1: unknown field 'naam'\n    hint: did you mean 'name'?"),
                problems("""
                        -- data/boards/bestuur.yaml --
                        id: bestuur
                        number: "41487"
                        name: Stichting: Bestuur
                        source: duo
                        -- data/holders/houder.yaml --
                        id: houder
                        naam: Kinderopvang Houder
                        source: voorbeeld
                        """));
    }

    @Test
    void aBrokenFileDoesNotCauseFollowUpReferenceProblems() {
        assertEquals(List.of(
                "data/boards/bestuur.yaml:2:1: YAML syntax error: a tab character cannot be used here\n"
                        + "    hint: indent with spaces, not tabs"),
                problems("-- data/boards/bestuur.yaml --\nid: bestuur\n\tnumber: 1\n"));
    }

    @Test
    void unknownFieldSuggestsTheClosestKnownField() {
        assertEquals(List.of("data/schools/de-school.yaml:2:1: unknown field 'vestigingcode'\n"
                                + "    hint: did you mean 'vestigingscode'?",
                        "data/schools/de-school.yaml:12:1: unknown field 'colour'\n"
                                + "    hint: known fields here: address, area, board, closed, coordinates, denomination,"
                                + " former_names, id, name, opened, place, postcode, pupils, source, vestigingscode,"
                                + " website"),
                problems("""
                        -- data/schools/de-school.yaml --
                        id: de-school
                        vestigingcode: 16DB00
                        vestigingscode: 16DB00
                        name: De School
                        board: bestuur
                        address: Schoolstraat 1
                        postcode: 2651 AB
                        place: Dorp
                        coordinates: {lat: 52.0, lon: 4.5}
                        area: noord
                        denomination: Openbaar
                        colour: red
                        source: duo
                        """));
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        assertEquals(List.of(
                "data/childcare/opvang.yaml:4:19: 'care_types' must be one of kdv, peuteropvang, bso, tso, not 'bos'\n"
                        + "    hint: did you mean 'bso'?",
                "data/childcare/opvang.yaml:5:15: 'kdv' must be a whole number, not 'veel'",
                "data/childcare/opvang.yaml:6:6: 'vve' must be true or false, not 'ja'\n"
                        + "    hint: write true (ja) or false (nee)",
                "data/childcare/opvang.yaml:10:20: 'lat' must be a number of degrees like 52.0123, not '52,001'\n"
                        + "    hint: use a point, not a comma, for decimals",
                "data/childcare/opvang.yaml:11:7: 'area' must be a single value, not a list"),
                problems("""
                        -- data/childcare/opvang.yaml --
                        id: opvang
                        name: Opvang De Wei
                        holder: houder
                        care_types: [kdv, bos]
                        places: {kdv: veel}
                        vve: ja
                        address: Schoolstraat 3
                        postcode: 2651 AB
                        place: Dorp
                        coordinates: {lat: '52,001', lon: 4.501}
                        area: [noord]
                        source: voorbeeld
                        """));
    }

    @Test
    void missingAndEmptyRequiredFields() {
        assertEquals(List.of(
                "data/kindcentra/kc.yaml:1:1: missing required field 'housing'\n    hint: add a line 'housing: ...'",
                "data/kindcentra/kc.yaml:1:1: missing required field 'interest'\n    hint: add a line 'interest: ...'",
                "data/kindcentra/kc.yaml:1:1: missing required field 'lead'\n    hint: add a line 'lead: ...'",
                "data/kindcentra/kc.yaml:3:1: 'area' is empty\n    hint: add a line 'area: ...'",
                "data/kindcentra/kc.yaml:5:11: 'scenario' must be one of school, mfa, not 'MFA'\n"
                        + "    hint: did you mean 'mfa'?",
                "data/kindcentra/kc.yaml:8:5: missing required field 'source' in 'assessments[0]'\n"
                        + "    hint: add a line 'source: ...'",
                "data/kindcentra/kc.yaml:8:11: 'year' must be a whole number, not 'vorig jaar'",
                "data/kindcentra/kc.yaml:9:11: 'date' must be a date written as YYYY-MM-DD, not '1-5-2025'\n"
                        + "    hint: for example 2026-11-01"),
                problems("""
                        -- data/kindcentra/kc.yaml --
                        id: kc
                        name: Kindcentrum
                        area:
                        schools: [de-school]
                        scenario: MFA
                        source: voorbeeld
                        assessments:
                          - year: vorig jaar
                            date: 1-5-2025
                            levels: {visie: los, ruimte: los}
                        """));
    }

    @Test
    void missingSettingsFileAndEmptyFile() {
        assertEquals(List.of(
                "data/atlas.yaml:1:1: this file is missing\n    hint: every atlas needs data/atlas.yaml; see the README",
                "data/holders/leeg.yaml:1:1: the file is empty\n"
                        + "    hint: write the record's fields, one 'field: value' per line"),
                problems("-- data/atlas.yaml --\n(deleted)\n-- data/holders/leeg.yaml --\n"));
    }

    @Test
    void unknownFolderAndStrayFile() {
        assertEquals(List.of(
                "data/school:1:1: unknown folder 'school'; its files are not read\n    hint: did you mean 'schools'?",
                "data/x.yaml:1:1: this file is not read: records belong in a folder\n"
                        + "    hint: move it into one of areas, boards, schools, holders, childcare, kindcentra"),
                problems("-- data/school/a.yaml --\nid: a\n-- data/x.yaml --\nid: x\n"));
    }

    @Test
    void duplicateKeyAndSecondDocument() {
        assertEquals(List.of(
                "data/holders/houder.yaml:3:1: 'name' appears twice; it was first given at line 2\n"
                        + "    hint: keep one of the two",
                "data/holders/houder.yaml:6:1: a file holds one record, but a second document starts here\n"
                        + "    hint: remove the '---' line and what follows, or move it to a file of its own"),
                problems("""
                        -- data/holders/houder.yaml --
                        id: houder
                        name: Een
                        name: Twee
                        source: voorbeeld
                        ---
                        id: ander
                        """));
    }
}
