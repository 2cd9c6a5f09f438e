package nl.ikcatlas.problem.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problem;
import org.junit.jupiter.api.Test;

/** Each format on problems whose text has the characters each format must escape. */
class ProblemFormatsTest {
    private static final List<Problem> PROBLEMS = List.of(
            new Problem(new Position("data/schools/a,b:c.yaml", 2, 9), "'50%' is not a number: write 50", "for example: 50, or 75"),
            new Problem(new Position("content/over.md", 7, 1), "line one\nline two\r\n<b>|x|</b> *", null),
            new Problem(new Position("content/over.md", 9, 3), "line one\nline two\r\n<b>|x|</b> *", null));

    @Test
    void githubWorkflowCommandsEscapeDataAndProperties() {
        assertEquals("""
                ::error file=data/schools/a%2Cb%3Ac.yaml,line=2,col=9,title=ikc-atlas validate::'50%25' is not a number: write 50%0Ahint: for example: 50, or 75
                ::error file=content/over.md,line=7,col=1,title=ikc-atlas validate::line one%0Aline two%0D%0A<b>|x|</b> *
                ::error file=content/over.md,line=9,col=3,title=ikc-atlas validate::line one%0Aline two%0D%0A<b>|x|</b> *
                """, GithubAnnotations.of(PROBLEMS, "ikc-atlas validate"));
        assertEquals("a%3Ab%2Cc%25%0A", GithubAnnotations.property("a:b,c%\n"));
    }

    @Test
    void githubStepSummaryIsAMarkdownTableOfPlainText() {
        assertEquals("""
                ### ikc-atlas validate: 3 problems found.

                | Where | Problem | Hint |
                |---|---|---|
                | data/schools/a,b:c.yaml:2:9 | '50%' is not a number: write 50 | for example: 50, or 75 |
                | content/over.md:7:1 | line one<br>line two<br>&lt;b&gt;\\|x\\|&lt;/b&gt; \\* |  |
                | content/over.md:9:3 | line one<br>line two<br>&lt;b&gt;\\|x\\|&lt;/b&gt; \\* |  |

                """, StepSummary.of("ikc-atlas validate: 3 problems found.", PROBLEMS));
        assertEquals("### ikc-atlas validate: No problems found in 9 records.\n\n",
                StepSummary.of("ikc-atlas validate: No problems found in 9 records.", List.of()));
    }

    @Test
    void gitlabCodeQualityHasAStableUniqueFingerprintPerProblem() {
        String report = CodeQualityReport.of(PROBLEMS);
        assertEquals("""
                [
                  {
                    "description": "'50%' is not a number: write 50 (hint: for example: 50, or 75)",
                    "check_name": "ikc-atlas",
                    "fingerprint": "FP",
                    "severity": "blocker",
                    "location": {
                      "path": "data/schools/a,b:c.yaml",
                      "lines": {
                        "begin": 2
                      }
                    }
                  },
                  {
                    "description": "line one\\nline two\\r\\n<b>|x|</b> *",
                    "check_name": "ikc-atlas",
                    "fingerprint": "FP",
                    "severity": "blocker",
                    "location": {
                      "path": "content/over.md",
                      "lines": {
                        "begin": 7
                      }
                    }
                  },
                  {
                    "description": "line one\\nline two\\r\\n<b>|x|</b> *",
                    "check_name": "ikc-atlas",
                    "fingerprint": "FP",
                    "severity": "blocker",
                    "location": {
                      "path": "content/over.md",
                      "lines": {
                        "begin": 9
                      }
                    }
                  }
                ]
                """, report.replaceAll("\"[0-9a-f]{32}\"", "\"FP\""));
        List<String> fingerprints = fingerprints(report);
        assertEquals(3, fingerprints.stream().distinct().count(), "the same message twice in a file gets two fingerprints");
        assertEquals(fingerprints, fingerprints(CodeQualityReport.of(PROBLEMS)), "the same problems give the same fingerprints");
        // a problem keeps its fingerprint when its line moves (file and message stay)
        assertEquals(fingerprints.get(0), fingerprints(CodeQualityReport.of(List.of(
                new Problem(new Position("data/schools/a,b:c.yaml", 5, 1), PROBLEMS.get(0).message(), null)))).get(0));
        assertNotEquals(fingerprints.get(0), fingerprints.get(1));
        assertEquals("[ ]\n", CodeQualityReport.of(List.of()));
    }

    @Test
    void plainJsonHasEveryFieldOfEveryProblem() {
        assertEquals("""
                [
                  {
                    "file": "data/schools/a,b:c.yaml",
                    "line": 2,
                    "column": 9,
                    "message": "'50%' is not a number: write 50",
                    "hint": "for example: 50, or 75"
                  },
                  {
                    "file": "content/over.md",
                    "line": 7,
                    "column": 1,
                    "message": "line one\\nline two\\r\\n<b>|x|</b> *",
                    "hint": null
                  }
                ]
                """, ProblemsJson.of(PROBLEMS.subList(0, 2)));
    }

    @Test
    void githubIsChosenInsideGithubActionsOnly() {
        assertEquals(ProblemFormat.GITHUB, ProblemFormat.detect(Map.of("GITHUB_ACTIONS", "true")));
        assertEquals(ProblemFormat.TEXT, ProblemFormat.detect(Map.of("GITHUB_ACTIONS", "false")));
        assertEquals(ProblemFormat.TEXT, ProblemFormat.detect(Map.of()));
    }

    private static List<String> fingerprints(String report) {
        return java.util.regex.Pattern.compile("\"fingerprint\": \"([0-9a-f]{32})\"").matcher(report).results()
                .map(m -> m.group(1)).toList();
    }
}
