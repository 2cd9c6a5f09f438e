package nl.ikcatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example CI configurations of the README ("Publishing with CI") are the files in
 * {@code src/test/resources/ci-examples/}, have the structure GitHub Actions and GitLab CI need, and run
 * only commands the tool accepts: each is run here against an atlas folder that holds only {@code data/}.
 */
class CiExamplesTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/ci-examples");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String JAR = "java -jar ikc-atlas.jar ";

    @TempDir
    Path dir;

    @Test
    void theReadmeShowsTheTestedFilesExactly() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String example : List.of("github-pages.yml", "gitlab-ci.yml")) {
            String text = Files.readString(EXAMPLES.resolve(example));
            assertTrue(readme.contains("```yaml\n" + text + "```\n"), example + " is not in the README as it is");
        }
    }

    @Test
    void gitHubValidatesPullRequestsAndPublishesMainToPages() throws IOException {
        JsonNode workflow = YAML.readTree(EXAMPLES.resolve("github-pages.yml").toFile());
        assertTrue(workflow.path("on").has("pull_request"));
        assertEquals("[\"main\"]", workflow.path("on").path("push").path("branches").toString());
        JsonNode jobs = workflow.path("jobs");
        assertEquals("github.event_name == 'pull_request'", jobs.path("validate").path("if").asText());
        assertEquals(JAR + "validate --format github", run(jobs.path("validate")).get(0));
        assertEquals("github.event_name == 'push'", jobs.path("build").path("if").asText());
        String build = run(jobs.path("build")).get(0);
        assertEquals(JAR + "build --format github --out _site", build);
        assertEquals("_site", step(jobs.path("build"), "actions/upload-pages-artifact@v3").path("with").path("path").asText());
        for (String job : List.of("validate", "build")) {
            assertEquals("actions/checkout@v4", jobs.path(job).path("steps").path(0).path("uses").asText());
            assertEquals("17", step(jobs.path(job), "actions/setup-java@v4").path("with").path("java-version").asText());
        }
        JsonNode deploy = jobs.path("deploy");
        assertEquals("build", deploy.path("needs").asText());
        assertEquals("write", deploy.path("permissions").path("pages").asText());
        assertEquals("write", deploy.path("permissions").path("id-token").asText());
        assertEquals("github-pages", deploy.path("environment").path("name").asText());
        assertEquals("deployment", step(deploy, "actions/deploy-pages@v4").path("id").asText());
    }

    @Test
    void gitLabValidatesMergeRequestsWithACodeQualityReportAndPublishesMainToPages() throws IOException {
        JsonNode pipeline = YAML.readTree(EXAMPLES.resolve("gitlab-ci.yml").toFile());
        assertTrue(pipeline.path("image").asText().startsWith("eclipse-temurin:17"));
        JsonNode validate = pipeline.path("validate");
        assertEquals("$CI_PIPELINE_SOURCE == \"merge_request_event\"", validate.path("rules").path(0).path("if").asText());
        assertEquals(JAR + "validate --format gitlab --report gl-code-quality-report.json",
                validate.path("script").path(0).asText());
        assertEquals("gl-code-quality-report.json", validate.path("artifacts").path("reports").path("codequality").asText());
        assertEquals("always", validate.path("artifacts").path("when").asText());
        JsonNode pages = pipeline.path("pages");
        assertEquals("$CI_COMMIT_BRANCH == \"main\"", pages.path("rules").path(0).path("if").asText());
        assertEquals(JAR + "build --out public", pages.path("script").path(0).asText());
        assertEquals("public", pages.path("artifacts").path("paths").path(0).asText());
    }

    @Test
    void everyCommandOfTheExamplesRunsOnAFolderWithOnlyData() throws IOException {
        List<String> commands = new ArrayList<>();
        JsonNode workflow = YAML.readTree(EXAMPLES.resolve("github-pages.yml").toFile());
        workflow.path("jobs").forEach(job -> commands.addAll(run(job)));
        JsonNode pipeline = YAML.readTree(EXAMPLES.resolve("gitlab-ci.yml").toFile());
        pipeline.forEach(job -> job.path("script").forEach(line -> commands.add(line.asText())));
        assertEquals(4, commands.size(), commands.toString());
        boolean formats = helpOf("build").contains("--format");
        for (String command : commands) {
            assertTrue(command.startsWith(JAR), command);
            List<String> args = List.of(command.substring(JAR.length()).split(" "));
            Path atlas = TinySite.valid().writeTo(Files.createTempDirectory(dir, "atlas"));
            Files.delete(atlas.resolve("content"));
            // the CI job runs in the repository: here the atlas folder is given, and so are the files' places in it
            List<String> here = new ArrayList<>(List.of(args.get(0), atlas.toString()));
            for (int i = 1; i < args.size(); i++) {
                boolean path = args.get(i - 1).equals("--out") || args.get(i - 1).equals("--report");
                here.add(path ? atlas.resolve(args.get(i)).toString() : args.get(i));
            }
            if (!formats) {
                here = withoutFormat(here);
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), here.toArray(String[]::new));
            assertEquals(0, exit, command + "\n" + err.toString(StandardCharsets.UTF_8));
            if (args.contains("--out")) {
                assertTrue(Files.isRegularFile(atlas.resolve(args.get(args.indexOf("--out") + 1)).resolve("index.html")));
            }
        }
        assumeTrue(formats, "the command line has no --format yet: the commands ran without it");
    }

    private static List<String> run(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.has("run")).map(step -> step.path("run").asText().strip()).toList();
    }

    private static JsonNode step(JsonNode job, String uses) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.path("uses").asText().equals(uses)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    private static String helpOf(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                command, "--help");
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The arguments without {@code --format X} and {@code --report X}, for a command line that lacks them. */
    private static List<String> withoutFormat(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--format") || args.get(i).equals("--report")) {
                i++;
            } else {
                kept.add(args.get(i));
            }
        }
        return kept;
    }
}
