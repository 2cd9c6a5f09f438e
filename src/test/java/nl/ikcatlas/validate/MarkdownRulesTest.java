package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.load.Markdown;
import org.junit.jupiter.api.Test;

/** Links and images in content pages: only safe links and the site's own images, reported at their line. */
class MarkdownRulesTest {
    private static final String HEADER = "title=Over\ntype=page\nstatus=published\n~~~~~~\n";
    private static final String LINK_HINT = " is left out of the page: links may only go to http, https or mailto"
            + " addresses, or to a page of this site\n    hint: write a web address that starts with https://, or a"
            + " page name such as niveaus.html";
    private static final String IMAGE_HINT = " is not a file of this site, so it is left out of the page\n"
            + "    hint: put the picture in templates/assets/ and write ![description](assets/NAME.png)";

    private static List<String> problems(String body) {
        Problems problems = new Problems();
        new MarkdownRules().check("content/over.md", HEADER + body, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void safeLinksAndTheSitesOwnImagesPass() {
        assertEquals(List.of(), problems("""
                [DUO](https://duo.nl), [mail](mailto:info@testdorp.nl), [niveaus](niveaus.html), [top](#top),
                <https://www.testdorp.nl>, [web][w] ![logo](assets/logo.png) ![kaart](/assets/kaart.svg)

                [w]: http://www.testdorp.nl
                """));
    }

    @Test
    void unsafeLinksAreReportedAtTheirLineAndColumnAlsoInDefinitionsAndAutolinks() {
        assertEquals(List.of(
                "content/over.md:5:6: the link 'data:text/html,<script>alert(1)</script>'" + LINK_HINT,
                "content/over.md:6:1: the link 'javascript:alert(1)'" + LINK_HINT,
                "content/over.md:6:23: the link 'vbscript:x'" + LINK_HINT,
                "content/over.md:7:3: the link 'file:///etc/passwd'" + LINK_HINT,
                "content/over.md:9:1: the link 'JAVA SCRIPT:alert(1)'" + LINK_HINT),
                problems("""
                        Klik [hier](data:text/html,<script>alert(1)</script>).
                        <javascript:alert(1)> [x](vbscript:x)
                        - [bestand][f] en nog eens [bestand][f]

                        [f]: <JAVA\tSCRIPT:alert(1)>
                        """.replace("[bestand][f] en", "[bestand](file:///etc/passwd) en")));
    }

    @Test
    void remoteImagesAreProblems() {
        assertEquals(List.of(
                "content/over.md:5:1: the image 'https://elders.example/pixel.png'" + IMAGE_HINT,
                "content/over.md:6:5: the image '//elders.example/x.png'" + IMAGE_HINT,
                "content/over.md:7:1: the image 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAA...'"
                        + IMAGE_HINT),
                problems("""
                        ![](https://elders.example/pixel.png)
                        Zie ![kaart](//elders.example/x.png)
                        ![x](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk)
                        """));
    }

    @Test
    void theRendererDropsThemToo() {
        String html = new Markdown().toHtml(
                "[a](data:text/html,x) [b](javascript:alert(1)) [c](https://duo.nl) ![d](https://elders.example/p.png)"
                        + " ![e](assets/e.png) [f](<java\tscript:x>) ![g](//elders.example/g.png)");
        assertEquals("<p><a rel=\"nofollow\" href=\"\">a</a> <a rel=\"nofollow\" href=\"\">b</a>"
                + " <a rel=\"nofollow\" href=\"https://duo.nl\">c</a> <img src=\"\" alt=\"d\" />"
                + " <img src=\"assets/e.png\" alt=\"e\" /> <a rel=\"nofollow\" href=\"\">f</a>"
                + " <img src=\"\" alt=\"g\" /></p>\n", html);
    }
}
