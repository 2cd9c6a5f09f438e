package nl.ikcatlas.view.content;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accessibility statement, the logo and the contact route come from atlas.yaml, checked where they are written. */
class AccessibilityStatementTest {
    @TempDir
    Path dir;

    private static String settings(String extra) {
        return """
                -- data/atlas.yaml --
                municipality: Testdorp
                cbs_code: GM1621
                edition: 2026-11-01
                base_url: https://atlas.testdorp.nl/
                sources:
                  - id: duo
                    name: Alle schoolvestigingen
                    date: 2026-10-01
                  - id: voorbeeld
                    name: Voorbeeldgegevens
                    date: 2026-11-01
                    illustrative: true
                contact:
                  organisation: Gemeente Testdorp
                  email: info@testdorp.nl
                  phone: 14 0123
                  form: https://www.testdorp.nl/contact
                """ + extra;
    }

    private static final String STATEMENT = """
            accessibility:
              status: B
              tested: 2026-10-15
              method: Eigen test met programma's en met de hand.
              exceptions:
              - De kaart is met het toetsenbord lastig te gebruiken.
              - Het rapport als pdf is nog niet getest met een schermlezer.
            -- content/toegankelijkheid.md --
            title=Toegankelijkheid
            type=page
            status=published
            template=toegankelijkheid.ftl
            ~~~~~~
            ## Wat doen we?

            We schrijven korte zinnen.
            """;

    @Test
    void theStatementFollowsTheNationalModelWithTheSettingsOfTheAtlas() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid().with(settings(STATEMENT)), dir);
        String html = Files.readString(site.resolve("toegankelijkheid.html"));
        assertEquals("""
                <p>Gemeente Testdorp streeft ernaar om de eigen online informatie en dienstverlening toegankelijk te\
                 maken, overeenkomstig het Besluit digitale toegankelijkheid overheid. Dat betekent: iedereen moet de\
                 informatie kunnen gebruiken.</p>
                  <p>Deze toegankelijkheidsverklaring is van toepassing op de inhoud van de website IKC-atlas Testdorp\
                 (https://atlas.testdorp.nl/).</p>""", fragment(html, "<p>Gemeente Testdorp streeft", "/).</p>"));
        assertEquals("""
                <dl class="facts">
                    <div><dt>Nalevingsstatus</dt><dd>B - voldoet gedeeltelijk</dd></div>
                    <div><dt>Laatste test</dt><dd>15 oktober 2026</dd></div>
                    <div><dt>Hoe getest</dt><dd>Eigen test met programma&#39;s en met de hand.</dd></div>
                    <div><dt>Verklaring bijgewerkt</dt><dd>1 november 2026</dd></div>
                  </dl>""", fragment(html, "<dl class=\"facts\">", "</dl>"));
        assertEquals("""
                <ul>
                  <li>De kaart is met het toetsenbord lastig te gebruiken.</li><li>Het rapport als pdf is nog niet getest met een schermlezer.</li>
                  </ul>""", fragment(html, "<h2 id=\"uitzonderingen\">Wat werkt nog niet goed?</h2>\n  <ul>", "</ul>")
                .substring("<h2 id=\"uitzonderingen\">Wat werkt nog niet goed?</h2>\n  ".length()));
        assertTrue(html.contains("<li>het zoekvak. Zonder JavaScript kiest u uit lijsten.</li>"));
        assertTrue(html.contains("<li>sorteren en filteren in de monitor. Zonder JavaScript ziet u de hele tabel.</li>"));
        assertTrue(html.contains("<h2 id=\"wat-doen-we\">Wat doen we?</h2>"), html);
        assertEquals("""
                <ul>
                    <li>E-mail: <a href="mailto:info@testdorp.nl">info@testdorp.nl</a></li>
                    <li>Telefoon: <a href="tel:140123">14 0123</a></li>
                    <li>Contactformulier: <a href="https://www.testdorp.nl/contact">https://www.testdorp.nl/contact</a></li>
                  </ul>""", fragment(html, "<ul>\n    <li>E-mail:", "</ul>"));
        // every page's footer gives the same contact route
        String footer = fragment(Files.readString(site.resolve("scholen/de-school.html")), "<div class=\"contact\">", "</div>");
        assertTrue(footer.contains("<li>E-mail: <a href=\"mailto:info@testdorp.nl\">info@testdorp.nl</a></li>"), footer);
        assertTrue(footer.contains("<li><a href=\"https://www.testdorp.nl/contact\">Contactformulier</a></li>"), footer);
    }

    @Test
    void withoutSettingsTheStatementSaysTheStatusIsNotKnownYet() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid().with(settings(STATEMENT.substring(STATEMENT.indexOf("-- content")))), dir);
        String html = Files.readString(site.resolve("toegankelijkheid.html"));
        assertTrue(html.contains("<p>De status van deze website is nog niet bekend.</p>"), html);
        assertTrue(html.contains("<p>We weten nu van geen problemen.</p>"), html);
    }

    @Test
    void theLogoMustBeAnImageInsideTheAtlasAndTheSettingsWellFormed() {
        assertEquals(List.of(
                "data/atlas.yaml:19:9: the logo must be an image in templates/assets/ of the atlas\n"
                        + "    hint: write it like templates/assets/logo.svg (svg, png, jpg or webp)",
                "data/atlas.yaml:22:11: 'status' must be one of A, B, C, D, E, not 'F'\n"
                        + "    hint: did you mean 'A'?"),
                problems(settings("""
                        logo:
                          file: templates/assets/../../geheim.svg
                          alt: Gemeente Testdorp
                        accessibility:
                          status: F
                          tested: 2026-10-15
                        """)));
        assertEquals(List.of("data/atlas.yaml:19:9: the logo file templates/assets/gemeente.png does not exist\n"
                        + "    hint: put the logo there, or remove the line"),
                problems(settings("""
                        logo:
                          file: templates/assets/gemeente.png
                          alt: Gemeente Testdorp
                        """)));
    }

    private List<String> problems(String settings) {
        Problems problems = new Problems();
        LoadedAtlas loaded = new AtlasLoader().load(TinySite.valid().with(settings).writeTo(dir), problems);
        new Validator().validate(loaded, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
