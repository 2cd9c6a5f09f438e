package nl.ikcatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.problem.Problem;

/** Builds a {@link TinySite} with the repository's real templates, as the command line does. */
public final class BuiltSite {
    private BuiltSite() {
    }

    /** Writes {@code site} and the templates into {@code dir}/atlas, builds it into {@code dir}/site and returns that. */
    public static Path build(TinySite site, Path dir) {
        return build(site, dir, new AtlasPipeline());
    }

    /**
     * As {@link #build(TinySite, Path)}, without the report's PDF, as the preview server builds: for tests that
     * do not look at the PDF, which takes the PDF engine most of a tiny site's build.
     */
    public static Path buildWithoutPdf(TinySite site, Path dir) {
        return build(site, dir, AtlasPipeline.forRepeatedBuilds());
    }

    /** As {@link #build(TinySite, Path)}, with a pipeline made for the test (such as one with a low map limit). */
    public static Path build(TinySite site, Path dir, AtlasPipeline pipeline) {
        Path atlas = withTemplates(site, dir);
        BuildReport report = pipeline.build(atlas, dir.resolve("site"));
        assertEquals(List.of(), report.problems().stream().map(Problem::format).toList());
        return dir.resolve("site");
    }

    /**
     * The part of {@code html} from {@code start} up to and including the first {@code end} after it,
     * without the blank lines that optional parts of a template leave behind.
     */
    public static String fragment(String html, String start, String end) {
        int from = html.indexOf(start);
        if (from < 0) {
            throw new AssertionError("not found: " + start + "\n" + html);
        }
        int to = html.indexOf(end, from);
        if (to < 0) {
            throw new AssertionError("not found after " + start + ": " + end + "\n" + html);
        }
        return html.substring(from, to + end.length()).replaceAll("\\n[ \\t]*(?=\\n)", "");
    }

    /** Writes {@code site} and the repository's templates into {@code dir}/atlas and returns that folder. */
    public static Path withTemplates(TinySite site, Path dir) {
        Path atlas = site.writeTo(dir.resolve("atlas"));
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        return atlas;
    }
}
