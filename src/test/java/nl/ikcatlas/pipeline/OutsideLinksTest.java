package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the atlas folder is read or published, and messages quote no more than a short excerpt. */
class OutsideLinksTest {
    private static final String LINK = "this is a link to something outside the atlas folder; it is not read\n"
            + "    hint: put the file itself in the atlas folder instead of a link to it";

    @TempDir
    Path dir;

    @Test
    void linksLeadingOutOfTheAtlasAreProblemsAtTheLinkAndAreNotRead() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elders"));
        Path secret = Files.writeString(elsewhere.resolve("geheim.txt"), "wachtwoord: geheim123\n");
        Files.writeString(elsewhere.resolve("school.yaml"), "id: geheim123\n");
        Path atlas = BuiltSite.withTemplates(TinySite.valid().with("""
                -- data/areas/noord.yaml --
                id: noord
                name: Noord
                kind: wijk
                cbs_code: WK162101
                parent: dorp
                boundary: boundaries/noord.geojson
                source: duo
                -- content/over.md --
                title=Over
                type=page
                status=published
                ~~~~~~
                Tekst.
                """), dir);
        Files.createDirectories(atlas.resolve("data/boundaries"));
        Files.createSymbolicLink(atlas.resolve("data/boundaries/noord.geojson"), secret);
        Files.createSymbolicLink(atlas.resolve("data/schools/geheim.yaml"), secret);
        Files.createSymbolicLink(atlas.resolve("data/holders/map"), elsewhere);
        Files.createSymbolicLink(atlas.resolve("content/geheim.md"), secret);
        Files.createSymbolicLink(atlas.resolve("templates/assets/geheim.css"), secret);
        Files.createSymbolicLink(atlas.resolve("templates/geheim.ftl"), secret);
        // a link to a file elsewhere inside the atlas is fine, also for a record
        Files.writeString(atlas.resolve("extra.md"), "title=Extra\ntype=page\nstatus=published\n~~~~~~\nMeer.\n");
        Files.createSymbolicLink(atlas.resolve("content/extra.md"), atlas.resolve("extra.md"));
        Path kept = Files.createDirectories(atlas.resolve("bewaard")).resolve("de-school.yaml");
        Files.move(atlas.resolve("data/schools/de-school.yaml"), kept);
        Files.createSymbolicLink(atlas.resolve("data/schools/de-school.yaml"), kept);

        List<String> expected = List.of(
                "content/geheim.md:1:1: " + LINK,
                "data/boundaries/noord.geojson:1:1: " + LINK,
                "data/holders/map:1:1: " + LINK,
                "data/schools/geheim.yaml:1:1: " + LINK,
                "templates/assets/geheim.css:1:1: " + LINK,
                "templates/geheim.ftl:1:1: " + LINK);
        assertEquals(expected, new AtlasPipeline().check(atlas).problems().stream().map(Problem::format).toList());
        BuildReport build = new AtlasPipeline().build(atlas, dir.resolve("site"));
        assertEquals(expected, build.problems().stream().map(Problem::format).toList());
        assertFalse(Files.exists(dir.resolve("site")));

        Files.delete(atlas.resolve("templates/assets/geheim.css"));
        Files.delete(atlas.resolve("templates/geheim.ftl"));
        Files.delete(atlas.resolve("content/geheim.md"));
        Files.delete(atlas.resolve("data/schools/geheim.yaml"));
        Files.delete(atlas.resolve("data/holders/map"));
        Files.delete(atlas.resolve("data/boundaries/noord.geojson"));
        Files.writeString(atlas.resolve("data/boundaries/noord.geojson"), "{\"type\": \"Polygon\", \"coordinates\":"
                + " [[[4.49, 51.99], [4.51, 51.99], [4.51, 52.01], [4.49, 52.01], [4.49, 51.99]]]}");
        assertTrue(new AtlasPipeline().build(atlas, dir.resolve("site")).succeeded());
        assertTrue(SiteFiles.read(dir.resolve("site"), "extra.html").contains("Meer."));
        assertTrue(SiteFiles.read(dir.resolve("site"), "scholen/de-school.html").contains("<h1>De School</h1>"));
    }

    @Test
    void aContentPagesTemplateMustBeInTheTemplatesFolder() {
        Path atlas = BuiltSite.withTemplates(TinySite.valid().with("""
                -- content/over.md --
                title=Over
                type=page
                status=published
                template=../data/atlas.yaml.ftl
                ~~~~~~
                Tekst.
                """), dir);
        assertEquals(List.of("content/over.md:4:1: the template '../data/atlas.yaml.ftl' is not in templates/\n"
                + "    hint: name a file in templates/"),
                new AtlasPipeline().check(atlas).problems().stream().map(Problem::format).toList());
    }
}
