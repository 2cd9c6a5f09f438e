package nl.ikcatlas.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path atlas;
    private final Problems problems = new Problems();

    @BeforeEach
    void templates() throws IOException {
        Files.createDirectories(atlas.resolve("content"));
        Files.createDirectories(atlas.resolve("templates"));
        Files.writeString(atlas.resolve("templates/about.ftl"), "<#ftl output_format=\"HTML\">");
    }

    @Test
    void readsHeaderAndRendersTheBody() throws IOException {
        write("over.md", """
                title=Over deze atlas
                type=page
                status=published
                summary=Wat de atlas is.
                template=about.ftl
                ~~~~~~
                # Voor wie?

                Voor **ouders**.
                """);
        write("privacy.md", """
                title=Privacy
                type=page
                status=published
                ~~~~~~
                Geen cookies.
                """);
        List<ContentPage> pages = new ContentLoader(atlas).load(problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(2, pages.size());
        ContentPage over = pages.get(0);
        assertEquals("over", over.name());
        assertEquals("Over deze atlas", over.title());
        assertEquals("Wat de atlas is.", over.summary());
        assertEquals("about.ftl", over.template());
        assertEquals("<h2 id=\"voor-wie\">Voor wie?</h2>\n<p>Voor <strong>ouders</strong>.</p>\n", over.html());
        assertEquals("content/over.md", over.origin().file());
        ContentPage privacy = pages.get(1);
        assertNull(privacy.summary());
        assertEquals("page.ftl", privacy.templateOrDefault());
    }

    @Test
    void draftsAreLeftOut() throws IOException {
        write("later.md", "title=Later\ntype=page\nstatus=draft\n~~~~~~\nNog niet.\n");
        write("zonder-status.md", "title=Later\ntype=page\n~~~~~~\nNog niet.\n");
        assertEquals(List.of(), new ContentLoader(atlas).load(problems));
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void userMistakesBecomeProblemsAtTheFile() throws IOException {
        write("geen-titel.md", "type=page\nstatus=published\n~~~~~~\nTekst.\n");
        write("geen-kop.md", "Alleen tekst, geen kop.\n");
        write("geen-type.md", "title=Iets\nstatus=published\n~~~~~~\nTekst.\n");
        write("leeg.md", "");
        write("Hoofdletters.md", "title=X\ntype=page\nstatus=published\n~~~~~~\n");
        write("index.md", "title=X\ntype=page\nstatus=published\n~~~~~~\n");
        write("sjabloon.md", "title=X\ntype=page\nstatus=published\ntemplate=bestaat-niet.ftl\n~~~~~~\n");
        write("html.md", "title=X\ntype=page\n\nstatus=published\ntemplate=over.html\n~~~~~~\n");
        List<ContentPage> pages = new ContentLoader(atlas).load(problems);
        assertEquals(List.of(), pages);
        assertEquals(List.of(
                "content/Hoofdletters.md:1:1: the file name 'Hoofdletters.md' becomes the page's address, so it may"
                        + " only contain lowercase letters, digits and single hyphens",
                "content/geen-kop.md:1:1: the page has no header",
                "content/geen-titel.md:1:1: the page has no title",
                "content/geen-type.md:1:1: the header has no 'type' line",
                "content/html.md:5:1: the template 'over.html' is not a FreeMarker template",
                "content/index.md:1:1: 'index.md' would replace the atlas's own page index.html",
                "content/leeg.md:1:1: the page has no header",
                "content/sjabloon.md:4:1: the template 'bestaat-niet.ftl' does not exist in templates/"),
                problems.sorted().stream().map(p -> p.position() + ": " + p.message()).toList());
        Problem noHeader = problems.sorted().get(1);
        assertEquals("content/geen-kop.md", noHeader.position().file());
        assertEquals("start the file with lines such as 'title=Over deze atlas', 'type=page' and"
                + " 'status=published', then a line '~~~~~~', then the text", noHeader.hint());
    }

    @Test
    void theShippedAboutPageLoadsWithItsTemplate() {
        List<ContentPage> pages = new ContentLoader(Path.of(".")).load(problems);
        assertEquals(List.of(), problems.sorted());
        ContentPage over = pages.stream().filter(p -> p.name().equals("over")).findFirst().orElseThrow();
        assertEquals("Over deze atlas", over.title());
        assertEquals("about.ftl", over.template());
    }

    @Test
    void noContentFolderMeansNoPages(@TempDir Path empty) {
        assertEquals(List.of(), new ContentLoader(empty).load(problems));
        assertEquals(List.of(), problems.sorted());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(atlas.resolve("content").resolve(name), text);
    }
}
