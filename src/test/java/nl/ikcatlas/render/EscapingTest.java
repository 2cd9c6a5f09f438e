package nl.ikcatlas.render;

import static nl.ikcatlas.testing.SiteFiles.htmlFiles;
import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.load.ContentLoader;
import nl.ikcatlas.load.Markdown;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data and content are written by others: markup in them must reach no page as markup. */
class EscapingTest {
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Test
    void markupInEveryTextFieldIsEscapedOnEveryPage(@TempDir Path atlasDir, @TempDir Path out) throws Exception {
        Files.createDirectories(atlasDir.resolve("content"));
        Files.createDirectories(atlasDir.resolve("templates"));
        Files.writeString(atlasDir.resolve("templates/about.ftl"), "");
        Files.writeString(atlasDir.resolve("content/over.md"), """
                title=Over <script>alert(1)</script>
                type=page
                status=published
                summary=Samenvatting <script>alert(1)</script>
                template=about.ftl
                ~~~~~~
                # Kop <script>alert(1)</script>

                Tekst <script>alert(1)</script> en <img src=x onerror=alert(1)>.

                [klik](javascript:alert(1)) of [deze](JavaScript:alert(2)) of <javascript:alert(3)>
                """);
        Problems problems = new Problems();
        List<ContentPage> content = new ContentLoader(atlasDir).load(problems);
        assertEquals(1, content.size(), () -> problems.sorted().toString());

        List<Page> pages = new SiteViews().build(
                TinySite.valid().withEveryTextEndingIn("<script>alert(1)</script>").load(), content).pages();
        new SiteRenderer(Path.of("templates")).render(pages, out, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());

        List<String> files = htmlFiles(out);
        assertEquals(pages.stream().map(Page::path).sorted().toList(), files);
        for (String file : files) {
            String html = read(out, file);
            assertFalse(nl.ikcatlas.testing.SiteFiles.withoutOwnScripts(html).contains("<script"), file);
            assertFalse(html.contains("<img"), file);
            assertFalse(html.toLowerCase().contains("href=\"javascript:"), file);
            assertTrue(html.contains(ESCAPED), file);
        }
        String about = read(out, "over.html");
        assertTrue(about.contains("<h1>Over " + ESCAPED + "</h1>"));
        assertTrue(about.contains("<h2 id=\"kop-script-alert-1-script\">Kop " + ESCAPED + "</h2>"), about);
        assertTrue(about.contains("&lt;img src=x onerror=alert(1)&gt;"));
        // The autolink's text stays as text; its href is emptied.
        assertTrue(about.contains("<a rel=\"nofollow\" href=\"\">javascript:alert(3)</a>"));
        assertTrue(about.contains("<p class=\"lead\">Samenvatting " + ESCAPED + "</p>"));
        // Each kind of text reaches its page escaped, e.g. the wishes, notes and source names.
        String kindcentrum = read(out, "kindcentra/kc.html");
        assertTrue(kindcentrum.contains("<p>Wensen: Een grotere speelplaats." + ESCAPED + "</p>"));
        assertTrue(kindcentrum.contains(" Samen een visie geschreven." + ESCAPED + "\n"));
        assertTrue(kindcentrum.contains("Bron: Voorbeeldgegevens" + ESCAPED + ", 1 november 2026"));
        assertTrue(read(out, "scholen/de-school.html").contains("<dd>Schoolstraat 1" + ESCAPED));
    }

    /** A view for any template, with one text to show. */
    public record Named(String template, String name) implements PageView {
    }

    @Test
    void everyTemplateIsHtmlWhateverItsNameWithoutSayingSo(@TempDir Path atlasDir, @TempDir Path out) throws Exception {
        Path templates = Files.createDirectories(atlasDir.resolve("templates"));
        Files.writeString(templates.resolve("kaal.ftl"), "<p title=\"${page.name()}\">${page.name()}</p>");
        Files.writeString(templates.resolve("tekst.ftlx"), "<p>${page.name()}</p>");
        Problems problems = new Problems();
        String name = "<b>\"Oud\" & 'nieuw'</b>";
        new SiteRenderer(templates).render(List.of(new Page("a.html", new Named("kaal.ftl", name)),
                new Page("b.html", new Named("tekst.ftlx", name))), out, problems);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        String escaped = "&lt;b&gt;&quot;Oud&quot; &amp; &#39;nieuw&#39;&lt;/b&gt;";
        assertEquals("<p title=\"" + escaped + "\">" + escaped + "</p>", read(out, "a.html"));
        assertEquals("<p>" + escaped + "</p>", read(out, "b.html"));
    }

    @Test
    void javascriptLinksInMarkdownAreDropped() {
        String html = new Markdown().toHtml("[klik](javascript:alert(1)) en [ok](https://example.nl)");
        assertEquals("<p><a rel=\"nofollow\" href=\"\">klik</a> en <a rel=\"nofollow\" href=\"https://example.nl\">ok"
                + "</a></p>\n", html);
    }

    @Test
    void rawHtmlInMarkdownIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
                new Markdown().toHtml("<script>alert(1)</script>"));
    }

    @Test
    void tablesAreRenderedAndTopHeadingsSitBelowThePageTitle() {
        String html = new Markdown().toHtml("# Een\n\n### Drie\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.startsWith("<h2 id=\"een\">Een</h2>\n<h3 id=\"drie\">Drie</h3>\n<table>"), html);
    }
}
