package nl.ikcatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.render.TemplateErrorsTest.Shown;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.site.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages rendered on several threads give the same files and the same problems, in the same order, as on one. */
class ParallelRenderingTest {
    @TempDir
    Path atlas;
    @TempDir
    Path out;

    @Test
    void resultsArriveInTheOrderOfTheItemsWhateverOrderTheyAreDoneIn() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> done = new ArrayList<>();
        new InOrder(4).run(items, i -> {
            if (i % 7 == 0) {
                Thread.onSpinWait(); // some items take longer
                Thread.yield();
            }
            return i * 2;
        }, done::add);
        assertEquals(items.stream().map(i -> i * 2).toList(), done);
    }

    @Test
    void aFailureInTheWorkIsThrownToTheCaller() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new InOrder(3).run(
                IntStream.range(0, 50).boxed().toList(), i -> {
                    if (i == 17) {
                        throw new IllegalStateException("item 17");
                    }
                    return i;
                }, i -> { }));
        assertEquals("item 17", thrown.getMessage());
    }

    @Test
    void problemsAtOnePlaceComeInTheOrderOfThePagesWithAnyNumberOfThreads() throws IOException {
        Files.createDirectories(atlas.resolve("templates"));
        Files.writeString(atlas.resolve("templates/getal.ftl"),
                "<#assign p = page>\n<p>${p.label()?number}</p>\n");
        List<PageSource> pages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String label = i % 3 == 0 ? "geen getal " + i : Integer.toString(i);
            pages.add(PageSource.lazy("p" + i + ".html", () -> new Page("p" + label.replace("geen getal ", "")
                    + ".html", new Shown("getal.ftl", label))));
        }
        List<String> one = render(pages, 1, out.resolve("een"));
        List<String> four = render(pages, 4, out.resolve("vier"));
        assertEquals(20, one.size(), one.toString());
        assertEquals("templates/getal.ftl:2:4: template error: Can't convert this string to number: \"geen getal 0\""
                + " The blamed expression: ==> p.label()?number  [in template \"getal.ftl\" at line 2, column 6]",
                one.get(0));
        assertEquals(one, four);
        for (int i = 0; i < 60; i++) {
            String page = "p" + i + ".html";
            assertEquals(Files.exists(out.resolve("een").resolve(page)), Files.exists(out.resolve("vier").resolve(page)));
            if (i % 3 != 0) {
                assertEquals("<p>" + i + "</p>\n", Files.readString(out.resolve("vier").resolve(page)));
            }
        }
    }

    private List<String> render(List<PageSource> pages, int jobs, Path to) {
        Problems problems = new Problems();
        new SiteRenderer(atlas.resolve("templates"), jobs).render(pages, to, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
