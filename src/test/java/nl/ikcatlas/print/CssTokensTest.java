package nl.ikcatlas.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.api.Test;

/** The PDF engine knows no custom properties: the theme's tokens are filled in before it reads the CSS. */
class CssTokensTest {

    @Test
    void tokensAreFilledInAlsoThroughOtherTokensAndFallbacks() {
        CssTokens tokens = new CssTokens();
        tokens.declare("""
                /* --not-a-token: red; */
                :root {
                  --utrecht-link-color: #0b5a8a;
                  --utrecht-heading-1-color: var(--utrecht-link-color);
                  --ikc-map-area-fill: rgba(31, 95, 168, .06);
                }
                """);
        assertEquals("h1 { color: #0b5a8a; } a { color: #0b5a8a; }",
                tokens.resolve("h1 { color: var(--utrecht-heading-1-color); } a { color: var( --utrecht-link-color ); }"));
        assertEquals(".k { fill: rgba(31, 95, 168, .06); border-color: rgb(1, 2, 3); color: var(--not-a-token); }",
                tokens.resolve(".k { fill: var(--ikc-map-area-fill); border-color: var(--unknown, rgb(1, 2, 3));"
                        + " color: var(--not-a-token); }"));
    }

    @Test
    void aLoopOfTokensIsLeftAsItIs() {
        CssTokens tokens = new CssTokens();
        tokens.declare(":root { --a: var(--b); --b: var(--a); }");
        assertTrue(tokens.resolve("p { color: var(--a); }").contains("var(--"));
    }

    @Test
    void theReportGetsTheSitesStylesheetsWithTheTokensFilledIn(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/thema.css"), ":root { --utrecht-heading-1-color: #6b0f1a; }");
        Files.writeString(dir.resolve("assets/atlas.css"), "h1 { color: var(--utrecht-heading-1-color); }");
        Document doc = Jsoup.parse("<html><head><link rel=\"stylesheet\" href=\"assets/thema.css\">"
                + "<link rel=\"stylesheet\" href=\"assets/atlas.css\"></head><body><h1>Rapport</h1></body></html>");
        ReportPdf.inlineStylesheets(doc, dir);
        assertEquals("<style>:root { --utrecht-heading-1-color: #6b0f1a; }</style>\n"
                + "<style>h1 { color: #6b0f1a; }</style>", doc.head().html());
    }
}
