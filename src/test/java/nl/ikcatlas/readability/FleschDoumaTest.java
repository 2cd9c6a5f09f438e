package nl.ikcatlas.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FleschDoumaTest {

    @Test
    void syllablesAreVowelGroups() {
        assertEquals(1, DutchSyllables.count("school"));
        assertEquals(2, DutchSyllables.count("peuter"));
        assertEquals(4, DutchSyllables.count("peuteropvang"));
        assertEquals(6, DutchSyllables.count("Kinderopvangtoeslag"));
        assertEquals(3, DutchSyllables.count("ideeën"), "a diaeresis starts a new syllable");
        assertEquals(5, DutchSyllables.count("oriëntatie"));
        assertEquals(2, DutchSyllables.count("baby"), "y is a vowel");
        assertEquals(1, DutchSyllables.count("2026"), "a word without vowels counts as one");
    }

    @Test
    void scoreFollowsTheFormula() {
        // 8 words in 2 sentences, 1+2+1+1+1+4 + 6+1 = 17 syllables:
        // 206.835 - 0.93 * 8/2 - 77 * 17/8 = 39.49
        Readability r = new FleschDouma().measure("Uw peuter gaat naar de peuteropvang.\nKinderopvangtoeslag helpt!");
        assertEquals(new Readability(8, 2, 17, 206.835 - 0.93 * 4 - 77.0 * 17 / 8), r);
        assertEquals("39.5", r.formatted());
    }

    @Test
    void shortPlainSentencesScoreHigh() {
        // 11 words, 2 sentences, 11 syllables: 206.835 - 0.93 * 5.5 - 77 = 124.72
        Readability r = new FleschDouma().measure("De kat zit op de mat. Het is een mooie dag!");
        assertEquals(11, r.words());
        assertEquals(2, r.sentences());
        assertEquals(11, r.syllables());
        assertEquals("124.7", r.formatted());
    }

    @Test
    void hyphensJoinWordsAndApostrophesStayInside() {
        Readability r = new FleschDouma().measure("Zo'n VVE-indicatie.");
        assertEquals(2, r.words());
        assertEquals(1, r.sentences());
        assertEquals(1 + 1 + 4, r.syllables());
    }

    @Test
    void anEmptyTextScoresZero() {
        assertEquals(new Readability(0, 0, 0, 0.0), new FleschDouma().measure(" \n "));
    }

    @Test
    void pageTextIsTheMainTextWithoutSourcesOneBlockPerLine() {
        String html = """
                <html><head><title>Titel</title></head><body><nav>Menu</nav>
                <main id="inhoud"><h1>Kosten</h1><p>U betaalt &amp; krijgt geld terug.</p>
                <ul><li>Een</li><li>Twee</li></ul>
                <section class="sources" aria-labelledby="bronnen"><h2 id="bronnen">Bronnen</h2><p>Bron: DUO</p></section>
                <script src="x.js"></script></main><footer>Voet</footer></body></html>""";
        assertEquals("Kosten\nU betaalt & krijgt geld terug.\nEen\nTwee", PageText.of(html));
    }

    @Test
    void generatedListsMarkedToSkipAreNotMeasuredNestedListsIncluded() {
        String html = """
                <main><h1>Home</h1><p>Dit is een zin.</p>
                <ul class="area-tree" data-readability="skip"><li><a href="a.html">Berkel en Rodenrijs</a>
                <ul><li>Westpolder</li></ul></li><li>Bleiswijk</li></ul>
                <p>Nog een zin.</p><ul data-readability="skip"><li>Naam</li></ul><p>Slot.</p></main>""";
        assertEquals("Home\nDit is een zin.\nNog een zin.\nSlot.", PageText.of(html));
    }
}
