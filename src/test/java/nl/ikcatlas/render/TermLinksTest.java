package nl.ikcatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.site.Glossary;
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
    private final TermLinks links = new TermLinks(new Glossary("begrippen.html", GLOSSARY.html()));

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
    void termsInCodeAndNamesWithUnderscoresStayPlain() {
        String html = "<main><p><code>plaatsen_peuteropvang</code> en plaatsen_peuteropvang</p></main>";
        assertEquals(html, links.link("downloads.html", html));
    }

    @Test
    void nothingInsideASkippedElementIsLinkedHoweverItIsNested() {
        String html = "<main><svg><svg><title>VVE</title></svg><text>Opvang</text><!-- </svg> --></svg>"
                + "<A HREF=\"a.html\"><span>VVE</span></A><svg/><p>VVE en opvang</p></main>";
        assertEquals("<main><svg><svg><title>VVE</title></svg><text>Opvang</text><!-- </svg> --></svg>"
                + "<A HREF=\"a.html\"><span>VVE</span></A><svg/><p><a class=\"term\" href=\"begrippen.html#vve\">VVE</a>"
                + " en <a class=\"term\" href=\"begrippen.html#opvang\">opvang</a></p></main>", links.link("index.html", html));
        String unclosed = "<main><p>Zie <a href=\"a.html\">VVE en opvang</p></main>";
        assertEquals(unclosed, links.link("index.html", unclosed), "an element left open keeps the rest plain");
    }

    @Test
    void withoutAGlossaryNothingIsLinked() {
        String html = "<main><p>VVE</p></main>";
        assertEquals(html, new TermLinks(Glossary.NONE).link("index.html", html));
    }

    private static final ContentPage MORE = new ContentPage("begrippen", "Begrippen", null, null, """
            <h2 id="cbs">CBS</h2>
            <h2 id="cbs-code">CBS-code</h2>
            <h2 id="kinderopvang">Kinderopvang</h2>
            <h2 id="kinderopvangtoeslag">Kinderopvangtoeslag</h2>
            <h2 id="warme-overdracht">Warme overdracht</h2>
            <h2 id="creche">Crèche</h2>
            <h2 id="vve">VVE</h2>
            """, new Origin("content/begrippen.md", Map.of()));
    private final TermLinks more = new TermLinks(new Glossary("begrippen.html", MORE.html()));

    private String linked(String text) {
        String html = more.link("index.html", "<main>" + text + "</main>");
        return html.substring("<main>".length(), html.length() - "</main>".length());
    }

    private static String a(String anchor, String word) {
        return "<a class=\"term\" href=\"begrippen.html#" + anchor + "\">" + word + "</a>";
    }

    @Test
    void theLongestTermStartingAtAPlaceWins() {
        assertEquals("De " + a("cbs-code", "CBS-code") + " en het " + a("cbs", "CBS") + ".",
                linked("De CBS-code en het CBS."));
        assertEquals(a("kinderopvangtoeslag", "Kinderopvangtoeslag") + " voor " + a("kinderopvang", "kinderopvang"),
                linked("Kinderopvangtoeslag voor kinderopvang"));
        // a longer term that does not end at a word boundary gives way to a shorter one
        assertEquals(a("cbs", "CBS") + "-codes", linked("CBS-codes"));
    }

    @Test
    void aTermMatchesOnlyAsAWholeWord() {
        assertEquals("peuterkinderopvang, kinderopvangen, 2CBS, CBS2, voor-VVE en " + a("vve", "VVE") + "-locatie",
                linked("peuterkinderopvang, kinderopvangen, 2CBS, CBS2, voor-VVE en VVE-locatie"));
        assertEquals("(" + a("kinderopvang", "Kinderopvang") + ")", linked("(Kinderopvang)"));
        assertEquals("Crècheplaats en " + a("creche", "crèche"), linked("Crècheplaats en crèche"));
    }

    @Test
    void aTermInCapitalsMatchesOnlyInCapitalsAndTheLaterUsesStayPlain() {
        assertEquals("vve, Vve en " + a("vve", "VVE") + ", daarna VVE", linked("vve, Vve en VVE, daarna VVE"));
        // the first use of a term matched elsewhere in the page is not linked again in a later paragraph
        assertEquals("<p>" + a("kinderopvang", "KINDEROPVANG") + "</p><p>kinderopvang</p>",
                linked("<p>KINDEROPVANG</p><p>kinderopvang</p>"));
    }

    @Test
    void termsOfMoreWordsAndTermsAtTheEdgesOfTags() {
        assertEquals("<p><em>" + a("warme-overdracht", "warme overdracht") + "</em></p>",
                linked("<p><em>warme overdracht</em></p>"));
        assertEquals("<p>warme\noverdracht, <b>warme</b> overdracht</p>",
                linked("<p>warme\noverdracht, <b>warme</b> overdracht</p>"));
        // a tag ends a word: the term before it is whole; after a hyphen a term is part of a longer word
        assertEquals("<p><b>" + a("vve", "VVE") + "</b>-locatie, voor<b>-CBS</b> <i>" + a("cbs", "CBS") + "</i></p>",
                linked("<p><b>VVE</b>-locatie, voor<b>-CBS</b> <i>CBS</i></p>"));
    }

    @Test
    void textInsideSkippedElementsStaysPlainEvenWhenNested() {
        String svg = "<svg><title>VVE</title><g><text>CBS</text></g></svg>";
        assertEquals(svg + "<p>" + a("vve", "VVE") + "</p>", linked(svg + "<p>VVE</p>"));
        assertEquals("<dt>VVE <span>CBS</span></dt><dd>" + a("cbs", "CBS") + "</dd>",
                linked("<dt>VVE <span>CBS</span></dt><dd>CBS</dd>"));
        assertEquals("<A HREF=\"x.html\">VVE</A> " + a("vve", "VVE"), linked("<A HREF=\"x.html\">VVE</A> VVE"));
    }

    @Test
    void commentsStayPlainAndWhatIsNotATagIsText() {
        assertEquals("1 < 2 en <!-- CBS --> " + a("vve", "VVE") + " &amp; " + a("cbs", "CBS"),
                linked("1 < 2 en <!-- CBS --> VVE &amp; CBS"));
        assertEquals("<p title=\"a > b\">" + a("vve", "VVE") + "</p>", linked("<p title=\"a > b\">VVE</p>"));
        assertEquals("<!-- <b> VVE --><p>" + a("vve", "VVE") + "</p><!-- CBS", linked("<!-- <b> VVE --><p>VVE</p><!-- CBS"));
    }

    @Test
    void onlyTheMainTextIsLinkedAndPagesInFoldersLinkUpwards() {
        String html = "<header>VVE</header><main><p>VVE</p></main><aside>CBS</aside>";
        assertEquals("<header>VVE</header><main><p><a class=\"term\" href=\"../../begrippen.html#vve\">VVE</a>"
                + "</p></main><aside>CBS</aside>", more.link("a/b/c.html", html));
        String unfinished = "<main><p>Geen term";
        assertEquals(unfinished, more.link("index.html", unfinished));
    }
}
