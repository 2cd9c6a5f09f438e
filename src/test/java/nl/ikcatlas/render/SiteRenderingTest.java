package nl.ikcatlas.render;

import static nl.ikcatlas.testing.SiteFiles.htmlFiles;
import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.load.ContentLoader;
import nl.ikcatlas.load.Markdown;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.SiteView;
import nl.ikcatlas.view.SiteViews;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the tiny atlas with the repository's real templates and checks what each page shows. */
class SiteRenderingTest {
    /**
     * The valid site on the instrument of five levels, with a second kern (Rand), a board without a name, a
     * school in the kern itself and one in Rand, a BSO in Rand, a kindcentrum without assessments, and an
     * explanation of what is example data.
     */
    private static final TinySite SITE = TinySite.valid().with(TinySite.FIVE_LEVELS).with(TinySite.SECOND_KERN).with("""
            -- data/atlas.yaml --
            municipality: Testdorp
            cbs_code: GM1621
            edition: 2026-11-01
            summary: Een kleine atlas om te testen.
            illustrative: Ambitieniveaus zijn bedacht.
            sources:
              - id: duo
                name: Alle schoolvestigingen
                publisher: DUO
                url: https://duo.nl/open_onderwijsdata/
                date: 2026-10-01
              - id: voorbeeld
                name: Voorbeeldgegevens
                date: 2026-11-01
                illustrative: true
            contact:
              organisation: Gemeente Testdorp
              email: info@testdorp.nl
              website: https://www.testdorp.nl
            -- data/schools/de-school.yaml --
            id: de-school
            vestigingscode: 16DB00
            name: De School
            board: bestuur
            address: Schoolstraat 1
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.0, lon: 4.5}
            area: noord
            denomination: Openbaar
            website: https://example.nl/de-school
            source: duo
            """);

    @TempDir
    static Path out;
    static List<String> pages;

    @BeforeAll
    static void render() {
        Problems problems = new Problems();
        String body = new Markdown().toHtml("## Voor wie?\n\nVoor ouders.\n");
        List<ContentPage> content = List.of(
                new ContentPage("over", "Over deze atlas", "Wat de atlas is.", "about.ftl", body,
                        new Origin("content/over.md", Map.of())),
                new ContentPage("privacy", "Privacy", null, null, "<p>Geen cookies.</p>",
                        new Origin("content/privacy.md", Map.of())));
        SiteView site = new SiteViews().build(SITE.load(), content);
        pages = site.pages().stream().map(Page::path).sorted().toList();
        new SiteRenderer(Path.of("templates")).render(site.pages(), out, problems);
        SiteFiles.write(site.files(), out);
        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
    }

    @Test
    void everyPageIsAWholeDutchPageWithOneH1AndNoScriptOrExternalResource() {
        List<String> files = htmlFiles(out);
        assertEquals(pages, files, "every page of the view step is written, and nothing else");
        for (String file : files) {
            String html = read(out, file);
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), file);
            assertEquals(1, count(html, "<h1"), file);
            assertTrue(html.contains("<a class=\"skip-link\" href=\"#inhoud\">"), file);
            assertTrue(html.contains("<main id=\"inhoud\""), file);
            assertFalse(nl.ikcatlas.testing.SiteFiles.withoutOwnScripts(html).contains("<script"), file);
            assertFalse(html.contains("src=\"http"), file);
            assertFalse(html.contains("<link rel=\"stylesheet\" href=\"http"), file);
            assertTrue(html.contains("Editie van 1 november 2026."), file);
        }
    }

    /**
     * The one file that links point to but this test does not make: the report's PDF, made by the PDF engine
     * after the pages ({@code print/ReportPdfTest} makes it from the same report page and checks it).
     */
    private static final String REPORT_PDF = "rapport.pdf";

    @Test
    void everyRelativeLinkPointsToAFileOfTheSite() {
        Pattern href = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
        List<String> broken = new ArrayList<>();
        for (String file : htmlFiles(out)) {
            Matcher m = href.matcher(read(out, file));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^(https?:|mailto:|tel:|#).*")) {
                    continue;
                }
                Path resolved = out.resolve(file).getParent().resolve(target.replaceAll("#.*", "")).normalize();
                if (resolved.equals(out.resolve(REPORT_PDF))) {
                    continue;
                }
                if (!Files.isRegularFile(resolved) || !resolved.startsWith(out)) {
                    broken.add(file + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void homePage() {
        String html = read(out, "index.html");
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"assets/atlas.css\">"));
        assertTrue(html.contains("<title>IKC-atlas Testdorp</title>"));
        assertTrue(html.contains("<li><a href=\"scholen/index.html\"><span class=\"figure-value\">3</span>"
                + " <span class=\"figure-label\">scholen</span></a></li>"));
        assertTrue(html.contains("<span class=\"figure-value\">1</span> <span class=\"figure-label\">opvanglocatie"
                + " met VVE</span>"));
        assertTrue(html.contains("<li><a href=\"gebieden/dorp.html\">Dorp</a>"
                + " <span class=\"kind\">(Kern)</span>"));
        assertTrue(html.contains("<li><a href=\"gebieden/noord.html\">Noord</a></li>"));
        assertTrue(html.contains("<strong>Voorbeeldgegevens.</strong> Op deze pagina zijn dit voorbeeldgegevens: de"
                + " gegevens van de opvanglocaties, de gegevens van de opvangorganisaties en de kindcentra."), html);
        assertTrue(html.contains(">Bron: DUO, Alle schoolvestigingen, 1 oktober 2026</a>"), html);
        assertFalse(html.contains("class=\"breadcrumbs"));
    }

    @Test
    void schoolPage() {
        String html = read(out, "scholen/de-school.html");
        assertTrue(html.contains("<title>De School - IKC-atlas Testdorp</title>"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"../assets/atlas.css\">"));
        assertFalse(html.contains("Vestigingscode"));
        assertTrue(html.contains("<div><dt>Adres</dt><dd>Schoolstraat 1, 2651 AB Dorp</dd></div>"));
        assertTrue(html.contains("<div><dt>Schoolbestuur</dt><dd><a href=\"../besturen/bestuur.html\">Stichting Bestuur"
                + "</a></dd></div>"));
        assertTrue(html.contains("<div><dt>Gebied</dt><dd><a href=\"../gebieden/noord.html\">Noord</a></dd></div>"));
        assertTrue(html.contains("<div><dt>Website</dt><dd><a href=\"https://example.nl/de-school\">"));
        assertTrue(html.contains("<a class=\"card-title\" href=\"../kindcentra/kc.html\">Kindcentrum De School</a>"));
        assertTrue(html.contains("<a class=\"card-title\" href=\"../opvang/opvang.html\">Opvang De Wei</a>"));
        assertTrue(html.contains("<li><a href=\"https://duo.nl/open_onderwijsdata/\">Bron: DUO, Alle"
                + " schoolvestigingen, 1 oktober 2026</a>."));
        assertTrue(html.contains("<li><a href=\"../index.html\">Home</a></li>"));
        assertTrue(html.contains("<li aria-current=\"page\">De School</li>"));
        assertTrue(html.contains("<a href=\"../scholen/index.html\" aria-current=\"true\" class=\"current\">"));
    }

    @Test
    void childcarePage() {
        String html = read(out, "opvang/opvang.html");
        assertTrue(html.contains("<li><strong>Dagopvang</strong> - 16 kindplaatsen<br>Voor kinderen van 0 tot 4 jaar."));
        assertTrue(html.contains("<li><strong>Peuteropvang</strong><br>Voor peuters van 2 tot 4 jaar."));
        assertTrue(html.contains("<p><strong>Ja, deze locatie biedt VVE.</strong></p>"));
        assertTrue(html.contains("<div><dt>LRK-nummer</dt><dd>123456789</dd></div>"));
        assertTrue(html.contains("<div><dt>Organisatie</dt><dd><a href=\"../houders/houder.html\">Kinderopvang Houder"
                + "</a></dd></div>"));
        assertTrue(html.contains("Op deze pagina zijn dit voorbeeldgegevens: de gegevens van de opvanglocatie, de"
                + " gegevens van de opvangorganisatie,"), html);
        String bso = read(out, "opvang/bso-rand.html");
        assertTrue(bso.contains("<li><strong>Tussenschoolse opvang (TSO)</strong><br>Overblijven:"));
        assertTrue(bso.contains("<p><strong>Nee, deze locatie biedt geen VVE.</strong></p>"));
        assertFalse(bso.contains("LRK-nummer</dt>"));
    }

    @Test
    void kindcentrumPage() {
        String html = read(out, "kindcentra/kc.html");
        assertTrue(html.contains("<div><dt>Plannen</dt><dd><details><summary>Wil nu een IKC worden</summary>"), html);
        assertTrue(html.contains("<p>Wensen: Een grotere speelplaats.</p>"));
        assertTrue(html.contains("<th scope=\"row\"><details><summary>Bestuurlijke samenwerking</summary><p>Uitleg"
                + " Bestuurlijke samenwerking op hand-in-hand</p><p><a href=\"../instrument.html#bestuurlijke-samenwerking\">"
                + "Alles over dit thema</a></p></details></th>"));
        assertTrue(html.contains("<span aria-hidden=\"true\">3</span><span class=\"visually-hidden\">Hand in hand"
                + " (niveau 3 van 5)</span>"));
        assertTrue(html.contains("<td class=\"change change-up\"><span aria-hidden=\"true\">&#8599;</span>"
                + "<span class=\"visually-hidden\">hoger</span></td>"));
        assertTrue(html.contains("<a href=\"../instrument.html\">Wat betekenen de niveaus?</a>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">Kwaliteitsbeleid</th><td>3 - Hand in hand</td><td>5 -"
                + " Integraal</td></tr>"));
        assertTrue(html.contains("<caption id=\"eerder-tabel\">Niveau per thema in eerdere jaren</caption>"));
        assertTrue(html.contains("<p><strong>Voorbeeldgegevens.</strong> Op deze pagina zijn dit voorbeeldgegevens: de"
                + " niveaus, de plannen en de samenwerking"), html);
        String mfa = read(out, "kindcentra/mfa-dorp.html");
        assertTrue(mfa.contains("<p>Er is nog geen meting gedaan.</p>"));
        assertTrue(mfa.contains("<summary>Kindcentrum in een gebouw met meer scholen (mfa)</summary>"));
        assertFalse(mfa.contains("Eerdere jaren"));
    }

    @Test
    void areaPages() {
        String kern = read(out, "gebieden/dorp.html");
        assertTrue(kern.contains("<h2 id=\"wijken\">Wijken in Dorp</h2>"));
        assertTrue(kern.contains("<a class=\"card-title\" href=\"../scholen/de-school.html\">De School</a>"));
        assertTrue(kern.contains("<span class=\"card-fact\">Meting 2025: meestal Hand in hand (3 van 5)</span>"));
        String wijk = read(out, "gebieden/noord.html");
        assertTrue(wijk.contains("<div><dt>Ligt in</dt><dd><a href=\"../gebieden/dorp.html\">Dorp"
                + "</a></dd></div>"));
        // codes are for the downloads, not for parents; the places come before the council's figures
        assertFalse(wijk.contains("WK162101"), wijk);
        assertTrue(wijk.indexOf("<h2 id=\"opvang\">") < wijk.indexOf("<h2 id=\"cijfers\">"), wijk);
        assertTrue(read(out, "gebieden/rand.html").contains("<p class=\"empty\">Er is hier nog geen"
                + " kindcentrum.</p>"));
    }

    @Test
    void organisationPages() {
        String board = read(out, "besturen/bestuur-42832.html");
        assertTrue(board.contains("<h1>Schoolbestuur 42832</h1>"));
        assertTrue(board.contains("<div><dt>Bestuursnummer</dt><dd>42832</dd></div>"));
        assertFalse(board.contains("<dt>Website</dt>"));
        String holder = read(out, "houders/houder.html");
        assertTrue(holder.contains("<div><dt>KvK-nummer</dt><dd>12345678</dd></div>"));
        assertTrue(holder.contains("<a class=\"card-title\" href=\"../opvang/bso-rand.html\">BSO De Rand</a>"));
    }

    @Test
    void instrumentAndListPages() {
        String instrument = read(out, "instrument.html");
        assertTrue(instrument.contains("<h3 id=\"kwaliteitsbeleid\">Kwaliteitsbeleid</h3>"));
        assertTrue(instrument.contains("<strong>Kwaliteitsbeleid op integraal</strong> Uitleg Kwaliteitsbeleid op"
                + " integraal</li>"));
        assertTrue(instrument.contains("(niveau 5 van 5)"));
        String schools = read(out, "scholen/index.html");
        assertTrue(schools.contains("<h2 id=\"groep-0\">Dorp</h2>"));
        assertTrue(schools.contains("<h2 id=\"groep-1\">Rand</h2>"));
        assertTrue(schools.contains("<p>Aantal: 3.</p>"));
        assertTrue(read(out, "besturen/index.html").contains("<span class=\"card-fact\">2 scholen</span>"));
    }

    @Test
    void monitorPage() {
        String monitor = read(out, "monitor.html");
        assertTrue(monitor.contains("<a href=\"monitor.html\" aria-current=\"page\">Monitor</a>")
                || monitor.contains(">Monitor</a>"), "navigation");
        assertTrue(monitor.contains("<td class=\"niveau-3 change-up\" data-label=\"T1\" data-sort=\"3\"><span aria-hidden=\"true\">3"
                + "<span class=\"change\">↑</span></span><span class=\"visually-hidden\">Hand in hand (3), hoger dan in 2024</span></td>"),
                monitor);
        assertTrue(monitor.contains("<span class=\"visually-hidden\">Hand in hand (3), gelijk aan 2024</span>"), monitor);
        assertTrue(monitor.contains("<td class=\"about\" data-label=\"Jaar\" data-sort=\"\">Nog niet gemeten</td>"), monitor);
        assertTrue(monitor.contains("<td class=\"niveau-0\" data-label=\"T1\" data-sort=\"\"><span aria-hidden=\"true\">-</span>"
                + "<span class=\"visually-hidden\">Geen meting</span></td>"), monitor);
        assertTrue(monitor.contains("<svg viewBox=\"0 0 480 "));
        assertTrue(monitor.contains("role=\"img\" aria-labelledby=\"verdeling-title verdeling-desc\">"));
        assertTrue(monitor.contains("<tr><th scope=\"row\">Kwaliteitsbeleid</th><td>0</td><td>0</td><td>1</td>"
                + "<td>0</td><td>0</td><td>1</td></tr>"), monitor);
        assertTrue(monitor.contains("<h3 id=\"belangstelling-2\">2 - Oriëntatie</h3>"));
        assertTrue(read(out, "index.html").contains("<a href=\"monitor.html\""));
        assertTrue(monitor.contains("<nav class=\"page-nav\" aria-label=\"Op deze pagina\">"));
    }

    @Test
    void areaPageShowsItsFigures() {
        String noord = read(out, "gebieden/noord.html");
        assertTrue(noord.contains("<caption id=\"cijfers-caption\">Scholen, opvang en kindcentra in Noord</caption>"), noord);
        assertTrue(noord.contains("<tr><th scope=\"row\">Locaties met VVE</th><td>"), noord);
        assertTrue(noord.contains("<td>1 - Direct starten</td><td>In één gebouw</td><td>Een grotere speelplaats.</td>"), noord);
    }

    @Test
    void areaOverviewShowsEveryAreaWithLinksFromItsDirectory() {
        String overview = read(out, "monitor/gebieden.html");
        assertTrue(overview.contains("<h2 id=\"gebied-noord\">Noord</h2>"), overview);
        assertTrue(overview.contains("<caption id=\"gebied-noord-ikc\">Plannen per kindcentrum in Noord</caption>"), overview);
        assertTrue(overview.contains("<a href=\"../kindcentra/kc.html\">"), overview);
        assertTrue(overview.contains("<a href=\"../gebieden/noord.html\">Naar de pagina van Noord</a>"), overview);
    }

    @Test
    void changesPageListsTheAssessmentsPerYear() {
        String changes = read(out, "wijzigingen.html");
        assertTrue(changes.contains("<h2 id=\"jaar-2025\">2025</h2>"), changes);
        assertTrue(changes.contains("<a href=\"kindcentra/kc.html\">Kindcentrum De School</a>:"
                + " 1 thema hoger, 0 lager en 1 gelijk, vergeleken met 2024."), changes);
        assertTrue(changes.contains("<li>Bestuurlijke samenwerking: hoger, van Gezicht naar gezicht naar Hand in hand.</li>"), changes);
        assertTrue(changes.contains("Eerste meting."));
    }

    @Test
    void downloadsPageDocumentsEveryFileAndTheLicence() {
        String downloads = read(out, "downloads.html");
        assertTrue(downloads.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/deed.nl\">CC BY 4.0</a>"), downloads);
        assertTrue(downloads.contains("<li><a href=\"downloads/scholen.csv\">scholen.csv</a>: per regel een schoolvestiging</li>"), downloads);
        assertTrue(downloads.contains("<tr><th scope=\"row\"><code>kwaliteitsbeleid</code></th><td>het niveau bij de laatste meting voor het thema Kwaliteitsbeleid</td></tr>"), downloads);
        assertTrue(downloads.contains("<tr><th scope=\"row\"><code>bron</code></th><td>de code van de bron</td></tr>"
                + "<tr><th scope=\"row\"><code>geopend</code></th><td>de datum waarop de plek openging (jjjj-mm-dd);"
                + " leeg als die niet bekend is</td></tr><tr><th scope=\"row\"><code>gesloten</code></th><td>de datum"
                + " waarop de plek dichtging (jjjj-mm-dd); leeg als de plek niet gesloten is</td></tr><tr><th"
                + " scope=\"row\"><code>vroegere_namen</code></th><td>de namen die de plek eerder had, met de datum tot"
                + " wanneer (tot jjjj-mm-dd), met een puntkomma ertussen; leeg als er geen zijn</td></tr><tr><th"
                + " scope=\"row\"><code>open</code></th><td>ja als de plek open is op de datum van deze editie, anders"
                + " nee</td></tr>\n"), downloads);
        assertTrue(downloads.contains("<a href=\"locaties.geojson\">locaties.geojson</a>"));
        assertTrue(downloads.contains("<a href=\"downloads/atlas.json\">atlas.json</a>"));
        assertTrue(read(out, "scholen/rand-school.html").contains("<li><a href=\"../downloads.html\">Open data</a></li>"));
    }

    @Test
    void contentPages() {
        String about = read(out, "over.html");
        assertTrue(about.contains("<h2 id=\"voor-wie\">Voor wie?</h2>\n<p>Voor ouders.</p>"));
        assertTrue(about.contains("<strong>Alle schoolvestigingen</strong>, DUO, 1 oktober 2026."));
        assertTrue(about.contains("<span class=\"tag\">Voorbeeldgegevens</span>"));
        assertTrue(about.contains("<p>Deze atlas is van 1 november 2026."));
        assertTrue(about.contains("<p>Ambitieniveaus zijn bedacht.</p>"));
        assertTrue(about.contains("<li>E-mail: <a href=\"mailto:info@testdorp.nl\">info@testdorp.nl</a></li>"));
        assertTrue(about.contains("<a href=\"over.html\" aria-current=\"true\" class=\"current\">Deze atlas</a>"));
        String privacy = read(out, "privacy.html");
        assertTrue(privacy.contains("<h1>Privacy</h1>"));
        assertTrue(privacy.contains("<p>Geen cookies.</p>"));
    }

    @Test
    void searchPageHasEveryFilterAndLoadsTheIndexFromTheSiteItself() {
        String html = read(out, "zoeken/index.html");
        assertTrue(html.contains("<form id=\"zoeken\" class=\"search\" role=\"search\" aria-label=\"Kindcentra, scholen"
                + " en opvang\" data-root=\"../\" hidden>"), html);
        assertTrue(html.contains("<input id=\"zoek-tekst\" name=\"q\" type=\"search\""));
        assertTrue(html.contains("<option value=\"dorp\">Dorp (kern)</option>"
                + "<option value=\"noord\">\u2013 Noord (wijk)</option><option value=\"rand\">Rand (kern)</option>"), html);
        assertTrue(html.contains("<option value=\"kdv\">Dagopvang</option><option value=\"peuteropvang\">Peuteropvang"
                + "</option><option value=\"bso\">Buitenschoolse opvang (BSO)</option>"));
        assertTrue(html.contains("<option value=\"3\">Minstens Hand in hand (3 van 5)</option>"));
        assertTrue(html.contains("<input id=\"zoek-vve\" name=\"vve\" type=\"checkbox\" value=\"ja\">"));
        assertTrue(html.contains("<p id=\"zoek-aantal\" class=\"result-count\" aria-live=\"polite\" aria-atomic=\"true\">"));
        assertTrue(html.contains("<li><a href=\"../gebieden/noord.html\">Noord</a></li>"));
        assertTrue(html.contains("<li><a href=\"../zoeken/vve.html\">Opvang met VVE</a></li>"));
        assertTrue(html.contains("<li><a href=\"../zoeken/niveau-integraal.html\">Kindcentra op minstens niveau Integraal</a></li>"));
        assertTrue(html.contains("<script src=\"../zoeken/zoekindex.js\"></script>\n<script src=\"../assets/zoeken.js\"></script>"));
        assertTrue(Files.isRegularFile(out.resolve("assets/zoeken.js")));
    }

    @Test
    void everyFilterHasAPlainListWithoutJavaScript() {
        String bso = read(out, "zoeken/bso.html");
        assertTrue(bso.contains("<h1>Buitenschoolse opvang (BSO)</h1>"), bso);
        assertTrue(bso.contains("<p>Aantal: 1.</p>"));
        assertTrue(bso.contains("<h2 id=\"groep-0\">Rand</h2>"));
        assertTrue(bso.contains("<a class=\"card-title\" href=\"../opvang/bso-rand.html\">BSO De Rand</a>"));
        String vve = read(out, "zoeken/vve.html");
        assertTrue(vve.contains("<a class=\"card-title\" href=\"../opvang/opvang.html\">Opvang De Wei</a>"));
        assertFalse(vve.contains("BSO De Rand"));
        String handInHand = read(out, "zoeken/niveau-hand-in-hand.html");
        assertTrue(handInHand.contains("<a class=\"card-title\" href=\"../kindcentra/kc.html\">"));
        assertFalse(read(out, "zoeken/niveau-cheek-to-cheek.html")
                .contains("kc.html"));
        assertTrue(handInHand.contains("<li><a href=\"../index.html\">Home</a></li>\n    <li><a href=\"../zoeken/index.html\">Zoeken</a></li>"), handInHand);
    }

    @Test
    void everyPageLinksToTheExplanationsOfItsTopicsAndTheFooterPages() {
        // Only the explanations that exist are linked: this tiny site has privacy but no glossary.
        String school = read(out, "scholen/de-school.html");
        assertFalse(school.contains("begrippen.html"));
        assertTrue(school.contains("<li><a href=\"../privacy.html\">Privacy</a></li>"), school);
        assertFalse(school.contains("class=\"help\""), "no explanation page exists in this site");
    }

    @Test
    void assetsAreCopied() {
        assertTrue(Files.isRegularFile(out.resolve("assets/atlas.css")));
        assertTrue(read(out, "assets/atlas.css").contains("@media print"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
