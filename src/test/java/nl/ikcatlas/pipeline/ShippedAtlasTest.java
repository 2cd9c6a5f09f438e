package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.readability.PageReadability;
import nl.ikcatlas.readability.PageText;
import nl.ikcatlas.schema.SchemaFiles;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one test that uses the shipped example atlas: it must build completely and correctly. */
class ShippedAtlasTest {
    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    /** The page of the shipped childcare location that closed on 31 July 2025. */
    private static final String CLOSED_PAGE = "opvang/kleinschalige-opvang-bergschenhoek.html";

    static Atlas atlas;
    static BuildReport report;
    static Path site;

    @BeforeAll
    static void build() {
        atlas = ShippedSite.get().atlas();
        report = ShippedSite.get().report();
        site = ShippedSite.get().site();
    }

    @Test
    void buildsWithoutProblems() {
        assertEquals(List.of(), report.problems());
        assertEquals(26, atlas.schools().size());
        assertEquals(SiteFiles.htmlFiles(site).size(), report.pages());
    }

    @Test
    void everyRecordHasItsPage() {
        List<String> expected = new ArrayList<>();
        atlas.areas().forEach(r -> expected.add("gebieden/" + r.id() + ".html"));
        atlas.boards().forEach(r -> expected.add("besturen/" + r.id() + ".html"));
        atlas.schools().forEach(r -> expected.add("scholen/" + r.id() + ".html"));
        atlas.holders().forEach(r -> expected.add("houders/" + r.id() + ".html"));
        atlas.childcareLocations().forEach(r -> expected.add("opvang/" + r.id() + ".html"));
        atlas.kindcentra().forEach(r -> expected.add("kindcentra/" + r.id() + ".html"));
        expected.addAll(List.of("index.html", "instrument.html", "over.html"));
        assertEquals(List.of(), expected.stream().filter(p -> !Files.isRegularFile(site.resolve(p))).toList());
    }

    @Test
    void everyInternalLinkLeadsToAFileOfTheSite() {
        List<String> broken = new ArrayList<>();
        for (String page : SiteFiles.htmlFiles(site)) {
            Matcher m = HREF.matcher(SiteFiles.read(site, page));
            while (m.find()) {
                String link = m.group(1);
                if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:")
                        || link.startsWith("tel:") || link.startsWith("#")) {
                    continue;
                }
                String path = URI.create(link).getPath();
                if (path.startsWith("/") || !Files.exists(site.resolve(page).getParent().resolve(path).normalize())) {
                    broken.add(page + " -> " + link);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void pagesSayWhichDataAreIllustrative() {
        String griffel = SiteFiles.read(site, "kindcentra/ikc-de-gouden-griffel.html");
        assertTrue(griffel.contains("<strong><a class=\"term\" href=\"../begrippen.html#voorbeeldgegevens\">"
                + "Voorbeeldgegevens</a>.</strong> Op deze pagina zijn dit voorbeeldgegevens: de niveaus"),
                griffel);
        assertTrue(griffel.contains("Bron: Voorbeeldgegevens, 1 november 2026"));
        String school = SiteFiles.read(site, "scholen/de-oosthoek.html");
        assertTrue(school.contains("Bron: DUO, Alle schoolvestigingen basisonderwijs, 1 oktober 2026"), school);
        assertTrue(school.contains("<h1>De Oosthoek</h1>"));
        String board = SiteFiles.read(site, "besturen/bestuur-42832.html");
        assertTrue(board.contains("<h1>Schoolbestuur 42832</h1>"), board);
    }

    @Test
    void changesPageShowsTheShippedOpeningClosingAndRenameAsExampleData() {
        String changes = SiteFiles.read(site, "wijzigingen.html");
        String y2025 = nl.ikcatlas.testing.BuiltSite.fragment(changes, "<h3 id=\"jaar-2025-voorzieningen\">", "</ul>");
        assertEquals("""
                <h3 id="jaar-2025-voorzieningen">Scholen, opvang en kindcentra</h3>
                  <ul>
                    <li>1 januari 2025: Opvanglocatie Peuterspeelzaal Het Westerhuis heet nu SKL Westersingel. \
                <span class="screen-only"><a href="opvang/skl-westersingel.html">Pagina van SKL Westersingel</a></span></li>
                    <li>31 juli 2025: Opvanglocatie Kleinschalige kinderopvang Bergschenhoek is gesloten. \
                <span class="screen-only"><a href="opvang/kleinschalige-opvang-bergschenhoek.html">Pagina van Kleinschalige kinderopvang Bergschenhoek</a></span></li>
                  </ul>""", y2025);
        String y2024 = nl.ikcatlas.testing.BuiltSite.fragment(changes, "<h3 id=\"jaar-2024-voorzieningen\">", "</ul>");
        assertEquals("""
                <h3 id="jaar-2024-voorzieningen">Scholen, opvang en kindcentra</h3>
                  <ul>
                    <li>2 september 2024: Opvanglocatie Small Steps <a class="term" href="begrippen.html#bso">BSO</a> \
                Westpolder is geopend. <span class="screen-only"><a href="opvang/small-steps-bso-westpolder.html">Pagina van Small Steps BSO Westpolder</a></span></li>
                  </ul>""", y2024);
        String y2023 = nl.ikcatlas.testing.BuiltSite.fragment(changes, "<h3 id=\"jaar-2023-voorzieningen\">", "</ul>");
        assertEquals("""
                <h3 id="jaar-2023-voorzieningen">Scholen, opvang en kindcentra</h3>
                  <ul>
                    <li>9 januari 2023: <a class="term" href="begrippen.html#kindcentrum">Kindcentrum</a> Zuiderpark is gestart. \
                <span class="screen-only"><a href="kindcentra/kindcentrum-zuiderpark.html">Pagina van Kindcentrum Zuiderpark</a></span></li>
                  </ul>""", y2023);
        assertTrue(changes.indexOf("id=\"jaar-2025\"") < changes.indexOf("id=\"jaar-2024\"")
                && changes.indexOf("id=\"jaar-2024\"") < changes.indexOf("id=\"jaar-2023\""), changes);
        assertTrue(changes.contains("Voorbeeldgegevens</a>.</strong> Op deze pagina zijn dit voorbeeldgegevens: de"
                + " ambitieniveaus en de openingen, sluitingen en nieuwe namen."), changes);
        // only example records have a history: the schools are DUO's
        atlas.schools().forEach(s -> assertEquals(nl.ikcatlas.model.History.NONE, s.history(), s.id()));
        // the closed location keeps its page, says so, and is no longer counted in Bergschenhoek
        String closed = SiteFiles.read(site, "opvang/kleinschalige-opvang-bergschenhoek.html");
        assertTrue(closed.contains("<strong>Deze opvanglocatie is gesloten sinds 31 juli 2025.</strong>"), closed);
        String area = SiteFiles.read(site, "gebieden/bergschenhoek.html");
        assertTrue(area.contains("<tr><th scope=\"row\">Opvanglocaties</th><td>12</td></tr>"), area);
        assertEquals(13, atlas.childcareLocations().stream().filter(c -> c.area().equals("bergschenhoek")).count());
    }

    @Test
    void noPageLoadsScriptsOrAnythingFromElsewhere() {
        for (String page : SiteFiles.htmlFiles(site)) {
            String html = SiteFiles.read(site, page);
            // Scripts served by the site itself are fine; inline scripts and scripts from elsewhere are not.
            assertFalse(SiteFiles.withoutOwnScripts(html).contains("<script"), page);
            assertFalse(Pattern.compile("src=\"(https?:)?//").matcher(html).find(), page);
            assertFalse(Pattern.compile("<link[^>]+href=\"(https?:)?//").matcher(html).find(), page);
            assertFalse(Pattern.compile("<(iframe|object|embed|source|video|audio)\\b").matcher(html).find(), page);
            // the one image is the municipality's logo, from the site's own assets
            assertFalse(Pattern.compile("<img\\b(?![^>]*class=\"brand-logo\" src=\"(\\.\\./)*assets/)").matcher(html).find(), page);
        }
    }

    private static final List<String> EXPLANATIONS = List.of("wat-is-een-kindcentrum.html", "soorten-opvang.html",
            "kosten-peuteropvang.html", "niveaus.html", "begrippen.html", "toegankelijkheid.html", "privacy.html");

    @Test
    void everyParentPageReadsAtSixtyOrMore() {
        List<String> measured = report.readability().stream().map(PageReadability::path).toList();
        for (String page : EXPLANATIONS) {
            assertTrue(measured.contains(page), page + " is not measured: " + measured);
        }
        assertTrue(measured.containsAll(List.of("index.html", "zoeken/index.html", "over.html")), measured.toString());
        List<String> hard = new ArrayList<>();
        for (PageReadability p : report.readability()) {
            System.out.println("Flesch-Douma " + p.readability().formatted() + "  " + p.path() + " ("
                    + p.readability().words() + " words, " + p.readability().sentences() + " sentences)");
            if (p.readability().score() < 60 || p.readability().words() < 40) {
                hard.add(p.path() + " " + p.readability().formatted());
            }
        }
        assertEquals(List.of(), hard);
    }

    @Test
    void everyPageLinksToTheExplanationsOfItsTopics() {
        Map<String, List<String>> expected = Map.of(
                "index.html", List.of("wat-is-een-kindcentrum.html", "soorten-opvang.html", "kosten-peuteropvang.html",
                        "niveaus.html", "begrippen.html"),
                "kindcentra/ikc-de-gouden-griffel.html", List.of("../wat-is-een-kindcentrum.html"),
                "scholen/de-oosthoek.html", List.of("../wat-is-een-kindcentrum.html", "../soorten-opvang.html"),
                "opvang/skl-dorpsstraat.html", List.of("../soorten-opvang.html", "../kosten-peuteropvang.html"),
                "instrument.html", List.of("niveaus.html"),
                "zoeken/vve.html", List.of("../soorten-opvang.html", "../kosten-peuteropvang.html"));
        assertTrue(SiteFiles.read(site, "kindcentra/ikc-de-gouden-griffel.html")
                .contains("<a href=\"../niveaus.html\">Wat betekenen de niveaus?</a>"));
        expected.forEach((page, links) -> {
            String html = SiteFiles.read(site, page);
            for (String link : links) {
                assertTrue(html.contains("<li><a href=\"" + link + "\">"), page + " should link to " + link);
            }
        });
        for (String page : SiteFiles.htmlFiles(site)) {
            String html = SiteFiles.read(site, page);
            String root = "../".repeat((int) page.chars().filter(c -> c == '/').count());
            for (String footer : List.of("begrippen.html\">Begrippen", "toegankelijkheid.html\">Toegankelijkheid",
                    "privacy.html\">Privacy")) {
                assertTrue(html.contains("<li><a href=\"" + root + footer + "</a></li>"), page + ": " + footer);
            }
        }
    }

    @Test
    void everyAbbreviationIsLinkedToTheGlossaryWhereItAppears() {
        String glossary = SiteFiles.read(site, "begrippen.html");
        Pattern anchor = Pattern.compile("begrippen\\.html#([a-z0-9-]+)\"");
        List<String> missing = new ArrayList<>();
        for (String page : SiteFiles.htmlFiles(site)) {
            if (page.equals("begrippen.html")) {
                continue;
            }
            String html = SiteFiles.read(site, page);
            Matcher m = anchor.matcher(html);
            while (m.find()) {
                if (!glossary.contains("<h2 id=\"" + m.group(1) + "\">")) {
                    missing.add(page + " links to a term the glossary lacks: " + m.group(1));
                }
            }
            // Text inside links (names, the explanations' titles) is a link already, and neither the page title (a
            // name such as "IKC Het Avontuur") nor a map's drawing is a place for a link; elsewhere it must be.
            String text = PageText.of(html.replaceAll("(?s)<svg.*?</svg>", "")
                    .replaceAll("(?s)<a [^>]*>.*?</a>|<h1>.*?</h1>", ""));
            for (String term : List.of("IKC", "VVE", "BSO", "TSO", "LRK", "CBS", "KvK", "BRIN", "DUO", "CJG")) {
                if (Pattern.compile("(?<![\\p{L}-])" + term + "(?![\\p{L}])").matcher(text).find()
                        && !html.contains("begrippen.html#" + term.toLowerCase() + "\">")) {
                    missing.add(page + " uses " + term + " without a link to its explanation");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theLevelsPageExplainsEveryLevelOfTheInstrument() {
        String html = SiteFiles.read(site, "niveaus.html");
        for (AmbitionLevel level : atlas.instrument().levels()) {
            assertTrue(html.contains("<span class=\"level-text\">" + level.name() + " <span class=\"level-number\">"),
                    level.name());
        }
        assertEquals(atlas.instrument().levels().size(), html.split("<li>\n      <h3>", -1).length - 1);
    }

    @Test
    void everyAreaAndPlacePageHasAMapWithItsOwnMarkerAndTheGeoDataIsComplete() throws Exception {
        List<String> pages = new ArrayList<>();
        atlas.areas().forEach(r -> pages.add("gebieden/" + r.id() + ".html"));
        atlas.schools().forEach(r -> pages.add("scholen/" + r.id() + ".html"));
        atlas.childcareLocations().forEach(r -> pages.add("opvang/" + r.id() + ".html"));
        atlas.kindcentra().forEach(r -> pages.add("kindcentra/" + r.id() + ".html"));
        for (String page : pages) {
            String html = SiteFiles.read(site, page);
            assertTrue(html.contains("<figure class=\"kaart"), page);
            assertTrue(html.contains("class=\"kaart-schaal\""), page);
            assertTrue(html.contains("De plekken op deze kaart zijn bij benadering."), page);
            if (page.equals(CLOSED_PAGE)) {
                // on its own page's map the closed place is marked grey and says since when it is closed
                assertTrue(html.contains("kaart-punt-hier kaart-punt-dicht\" href=\"../" + page + "\""), page);
                assertTrue(html.contains("Kleinschalige kinderopvang Bergschenhoek is grijs: gesloten sinds 31 juli"
                        + " 2025."), page);
            } else if (!page.startsWith("gebieden/")) {
                assertTrue(html.contains("kaart-punt-hier\" href=\"../" + page + "\""), page);
                String map = html.substring(html.indexOf("<figure class=\"kaart"), html.indexOf("</figure>"));
                assertFalse(map.contains("../" + CLOSED_PAGE), page);
            }
        }
        // every place but the closed one
        String home = SiteFiles.read(site, "index.html");
        assertTrue(home.contains("Lijst van de 78 plekken op de kaart"), home);
        assertFalse(home.contains(CLOSED_PAGE), home);
        assertFalse(SiteFiles.read(site, "gebieden/bergschenhoek.html").contains("<a class=\"kaart-punt"
                + " kaart-punt-opvang\" href=\"../" + CLOSED_PAGE));
        assertTrue(SiteFiles.read(site, "over.html").contains("href=\"locaties.geojson\""));
        var features = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("locaties.geojson").toFile()).get("features");
        assertEquals(atlas.schools().size() + atlas.childcareLocations().size() + atlas.kindcentra().size(),
                features.size());
    }

    @Test
    void theClosedPlaceIsLeftOutOfSearchButKeepsItsPage() {
        String index = SiteFiles.read(site, "zoeken/zoekindex.js");
        assertFalse(index.contains("kleinschalige-opvang-bergschenhoek"), index);
        assertTrue(index.contains("opvang/small-steps-bso-westpolder.html"), index);
        assertFalse(SiteFiles.read(site, "zoeken/kdv.html").contains(CLOSED_PAGE));
        assertTrue(SiteFiles.read(site, "gebieden/bergschenhoek.html").contains("Gesloten sinds 31 juli 2025"));
        assertTrue(Files.isRegularFile(site.resolve(CLOSED_PAGE)));
    }

    @Test
    void theCouncilReportPdfHasEverySectionAndEveryKindcentrum() throws Exception {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(SiteFiles.read(site, "rapport.html"));
        List<String> sections = html.select("main section > h2").eachText();
        assertEquals(List.of("Over dit rapport", "Rol van de gemeente", "Niveaus per kindcentrum",
                "Aantal kindcentra per niveau", "Belangstelling voor een IKC", "Cijfers per gebied", "Wat is er veranderd?",
                "Bronnen"), sections);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(site.resolve("rapport.pdf").toFile())) {
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertEquals(sections, bookmarks);
            // no page less than half used, but the last one and the one before the levels, which start a page by design
            assertEquals(List.of(), nl.ikcatlas.print.PageFill.halfEmpty(pdf, List.of("Niveaus per kindcentrum")),
                    () -> "pages less than half used (from 0)");
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            for (var k : atlas.kindcentra()) {
                assertTrue(text.contains(k.name()), k.name());
            }
            assertTrue(text.contains("Scholen, opvang en kindcentra per gebied"), text);
            assertTrue(text.contains("Bergschenhoek 11 Niet bekend 12 2 3"), "the figures of each area in one row");
            assertTrue(text.contains("Berkel en Rodenrijs 12 (320) 4 (64) 17 (760) 3"), "care per area");
            assertTrue(text.contains("Bleiswijk 215 14 2020"), "toddlers per area");
            assertTrue(text.contains("De gemeente kiest een regisserende rol."), text);
            assertTrue(text.contains("Voorbeeldgegevens."), "the PDF says which data are illustrative");
        }
    }

    @Test
    void downloadsHoldEveryRecordOfTheShippedAtlas() {
        assertEquals(1 + atlas.schools().size(), lines(SiteFiles.read(site, "downloads/scholen.csv")));
        assertEquals(1 + atlas.childcareLocations().size(), lines(SiteFiles.read(site, "downloads/opvanglocaties.csv")));
        assertEquals(1 + atlas.kindcentra().size(), lines(SiteFiles.read(site, "downloads/kindcentra.csv")));
        int assessments = atlas.kindcentra().stream().mapToInt(k -> k.assessments().size()).sum();
        assertEquals(20, assessments);
        assertEquals(1 + assessments * atlas.instrument().themes().size(),
                lines(SiteFiles.read(site, "downloads/metingen.csv")));
        // the closed, opened and renamed places keep their rows, with their history
        String childcare = SiteFiles.read(site, "downloads/opvanglocaties.csv");
        assertTrue(childcare.lines().anyMatch(l -> l.startsWith("kleinschalige-opvang-bergschenhoek,")
                && l.endsWith(",voorbeeld,,2025-07-31,,nee")), childcare);
        assertTrue(childcare.lines().anyMatch(l -> l.startsWith("small-steps-bso-westpolder,")
                && l.endsWith(",2024-09-02,,,ja")), childcare);
        assertTrue(childcare.lines().anyMatch(l -> l.startsWith("skl-westersingel,")
                && l.endsWith(",,,Peuterspeelzaal Het Westerhuis (tot 2025-01-01),ja")), childcare);
        assertTrue(SiteFiles.read(site, "downloads/kindcentra.csv").lines()
                .anyMatch(l -> l.startsWith("kindcentrum-zuiderpark,") && l.contains(",2023-01-09,,,ja,")));
        String json = SiteFiles.read(site, "downloads/atlas.json");
        assertTrue(json.contains("\"closed\" : \"2025-07-31\""), json);
    }

    /** Rows of a CSV whose fields hold no line breaks (none of the shipped data does). */
    private static int lines(String csv) {
        return csv.split("\r\n", -1).length - 1;
    }

    @Test
    void theSiteHasTheSchemasOfTheRecords() {
        for (SiteFile schema : new SchemaFiles().files()) {
            assertEquals(new String(schema.content(), StandardCharsets.UTF_8),
                    SiteFiles.read(site, schema.path()));
        }
    }
}
