package nl.ikcatlas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Origin;
import org.junit.jupiter.api.Test;

class TermLinksTest {
    private static final ContentPage GLOSSARY = new ContentPage("begrippen", "Begrippen", null, null, """
            <p>Uitleg.</p>
            <h2 id="vve">VVE</h2>
            <p>Voor- en vroegschoolse educatie.</p>
            <h2 id="peuteropvang">Peuteropvang</h2>
            <p>Voor peuters.</p>
            <h2 id="opvang">Opvang</h2>
            """, new Origin("content/begrippen.md", Map.of()));
    private final TermLinks links = new TermLinks(List.of(GLOSSARY));

    @Test
    void theGlossaryHeadingsAreTheTerms() {
        assertEquals(Map.of("vve", "vve", "peuteropvang", "peuteropvang", "opvang", "opvang"), links.terms());
    }

    @Test
    void theFirstUseOfEachTermInTheMainTextIsLinked() {
        String html = "<title>VVE</title><main id=\"inhoud\"><h1>Peuteropvang en VVE</h1>"
                + "<p>Deze peuteropvang geeft VVE. Ook hier: VVE en vve.</p><p><a href=\"x.html\">VVE</a> opvang</p>"
                + "</main><footer>VVE</footer>";
        assertEquals("<title>VVE</title><main id=\"inhoud\"><h1>Peuteropvang en VVE</h1>"
                + "<p>Deze <a class=\"term\" href=\"../begrippen.html#peuteropvang\">peuteropvang</a> geeft"
                + " <a class=\"term\" href=\"../begrippen.html#vve\">VVE</a>. Ook hier: VVE en vve.</p>"
                + "<p><a href=\"x.html\">VVE</a> <a class=\"term\" href=\"../begrippen.html#opvang\">opvang</a></p>"
                + "</main><footer>VVE</footer>", links.link("opvang/zonnetje.html", html));
    }

    @Test
    void termsInsideLabelsAndOptionsAndTheGlossaryItselfStayPlain() {
        String form = "<main><label for=\"v\">Alleen VVE</label><select><option>Opvang</option></select></main>";
        assertEquals(form, links.link("zoeken/index.html", form));
        String glossary = "<main><p>VVE</p></main>";
        assertEquals(glossary, links.link("begrippen.html", glossary));
    }

    @Test
    void withoutAGlossaryNothingIsLinked() {
        String html = "<main><p>VVE</p></main>";
        assertEquals(html, new TermLinks(List.of()).link("index.html", html));
    }
}
