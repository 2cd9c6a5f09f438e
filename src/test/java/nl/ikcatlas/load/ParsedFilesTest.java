package nl.ikcatlas.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.model.School;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loader kept between loads (the preview's) parses only files whose text changed, and reports the same problems. */
class ParsedFilesTest {
    @TempDir
    Path dir;

    @Test
    void unchangedFilesAreNotParsedAgainAndKeepTheirProblems() throws IOException {
        Path atlas = TinySite.valid().with("""
                -- data/holders/houder.yaml --
                id: houder
                naam: Houder
                source: voorbeeld
                """).writeTo(dir);
        AtlasLoader loader = AtlasLoader.keepingParsedFiles();
        Problems first = new Problems();
        List<School> before = loader.load(atlas, first).atlas().schools();

        Problems second = new Problems();
        List<School> again = loader.load(atlas, second).atlas().schools();
        assertSame(before.get(0), again.get(0), "an unchanged file gives the record read before");
        assertEquals(first.sorted(), second.sorted());
        assertEquals(List.of("data/holders/houder.yaml:1:1: missing required field 'name'",
                "data/holders/houder.yaml:2:1: unknown field 'naam'"),
                second.sorted().stream().map(p -> p.position() + ": " + p.message()).toList());

        Path school = atlas.resolve("data/schools/de-school.yaml");
        Files.writeString(school, Files.readString(school).replace("name: De School", "name: De Linde"));
        Files.writeString(atlas.resolve("data/holders/houder.yaml"), "id: houder\nname: Houder\nsource: voorbeeld\n");
        Problems third = new Problems();
        List<School> changed = loader.load(atlas, third).atlas().schools();
        assertNotSame(before.get(0), changed.get(0));
        assertEquals("De Linde", changed.get(0).name());
        assertEquals(List.<Problem>of(), third.sorted());
    }
}
