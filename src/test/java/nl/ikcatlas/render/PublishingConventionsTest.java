package nl.ikcatlas.render;

import static nl.ikcatlas.testing.SiteFiles.htmlFiles;
import static nl.ikcatlas.testing.SiteFiles.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** With base_url the build writes the sitemap, robots.txt, canonical links and the changes feed; without it none. */
class PublishingConventionsTest {
    private static final String ATLAS = """
            -- data/atlas.yaml --
            municipality: Testdorp
            cbs_code: GM1621
            edition: 2026-11-01
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
              organisation: Gemeente Testdorp & <Omstreken>
            """;
    private static final TinySite PUBLISHED = TinySite.valid().with(ATLAS + "base_url: https://atlas.testdorp.nl/ikc\n");

    @TempDir
    Path dir;

    @Test
    void theSitemapListsEveryPageOnceWithItsAbsoluteAddressAndTheEdition() {
        Path site = BuiltSite.build(PUBLISHED, dir);
        String sitemap = read(site, "sitemap.xml");
        assertTrue(sitemap.startsWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://atlas.testdorp.nl/ikc/</loc><lastmod>2026-11-01</lastmod></url>
                """), sitemap);
        assertTrue(sitemap.contains("\n  <url><loc>https://atlas.testdorp.nl/ikc/scholen/de-school.html</loc>"
                + "<lastmod>2026-11-01</lastmod></url>\n"), sitemap);
        assertTrue(sitemap.contains("\n  <url><loc>https://atlas.testdorp.nl/ikc/scholen/</loc>"
                + "<lastmod>2026-11-01</lastmod></url>\n"), sitemap);
        assertTrue(sitemap.endsWith("</lastmod></url>\n</urlset>\n"), sitemap);
        List<String> listed = new ArrayList<>();
        for (String line : sitemap.split("\n")) {
            if (line.startsWith("  <url><loc>https://atlas.testdorp.nl/ikc/")) {
                String loc = line.substring(line.indexOf("/ikc/") + 5, line.indexOf("</loc>"));
                listed.add(loc.isEmpty() || loc.endsWith("/") ? loc + "index.html" : loc);
            }
        }
        assertEquals(htmlFiles(site), listed.stream().sorted().toList(), "every page exactly once");
        parse(sitemap);
    }

    @Test
    void robotsAllowsEverythingAndNamesTheSitemap() {
        Path site = BuiltSite.build(PUBLISHED, dir);
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://atlas.testdorp.nl/ikc/sitemap.xml\n",
                read(site, "robots.txt"));
    }

    @Test
    void everyPageNamesItsCanonicalAddressAndOnlyTheChangesPageItsFeed() {
        Path site = BuiltSite.build(PUBLISHED, dir);
        assertTrue(read(site, "index.html").contains("<link rel=\"canonical\" href=\"https://atlas.testdorp.nl/ikc/\">"));
        assertTrue(read(site, "scholen/de-school.html")
                .contains("<link rel=\"canonical\" href=\"https://atlas.testdorp.nl/ikc/scholen/de-school.html\">"));
        for (String file : htmlFiles(site)) {
            String html = read(site, file);
            assertEquals(1, count(html, "<link rel=\"canonical\" href=\"https://atlas.testdorp.nl/ikc/"), file);
            assertEquals(file.equals("wijzigingen.html"), html.contains("application/atom+xml"), file);
        }
        String changes = read(site, "wijzigingen.html");
        assertTrue(changes.contains("<link rel=\"canonical\" href=\"https://atlas.testdorp.nl/ikc/wijzigingen.html\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"wijzigingen.xml\""
                + " title=\"Wijzigingen in de IKC-atlas Testdorp\">"), changes);
        assertTrue(changes.contains("<p class=\"feed\"><a href=\"wijzigingen.xml\" type=\"application/atom+xml\">"
                + "Volg de wijzigingen (Atom-feed)</a></p>"), changes);
    }

    @Test
    void theFeedHasOneEntryPerYearWithStableIdsAndDatesFromTheData() {
        TinySite site = PUBLISHED.with("""
                -- data/kindcentra/kc.yaml --
                id: kc
                name: Kindcentrum A & <B>
                area: noord
                schools: [de-school]
                childcare: [opvang]
                scenario: school
                lead: samen
                interest: 1
                housing:
                  situation: een-gebouw
                source: voorbeeld
                assessments:
                  - year: 2024
                    source: voorbeeld
                    levels:
                      visie: los
                      ruimte: los
                  - year: 2025
                    date: 2025-05-01
                    source: voorbeeld
                    levels:
                      visie: samen
                      ruimte: los
                """);
        String feed = read(BuiltSite.build(site, dir), "wijzigingen.xml");
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
                  <id>https://atlas.testdorp.nl/ikc/wijzigingen.xml</id>
                  <title>Wijzigingen in de IKC-atlas Testdorp</title>
                  <updated>2026-11-01T00:00:00Z</updated>
                  <author><name>Gemeente Testdorp &amp; &lt;Omstreken&gt;</name></author>
                  <link rel="self" type="application/atom+xml" href="https://atlas.testdorp.nl/ikc/wijzigingen.xml"/>
                  <link rel="alternate" type="text/html" href="https://atlas.testdorp.nl/ikc/wijzigingen.html"/>
                  <entry>
                    <id>tag:atlas.testdorp.nl,2025:/ikc/wijzigingen/2025</id>
                    <title>Wijzigingen in 2025</title>
                    <updated>2025-05-01T00:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="https://atlas.testdorp.nl/ikc/wijzigingen.html#jaar-2025"/>
                    <content type="html">&lt;h2&gt;Metingen&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://atlas.testdorp.nl/ikc/kindcentra/kc.html&quot;&gt;Kindcentrum A &amp;amp; &amp;lt;B&amp;gt;&lt;/a&gt;: 1 thema hoger, 0 lager en 1 gelijk, vergeleken met 2024.&lt;ul&gt;&lt;li&gt;Visie: hoger, van Los van elkaar naar Samen.&lt;/li&gt;&lt;/ul&gt;&lt;/li&gt;&lt;/ul&gt;</content>
                  </entry>
                  <entry>
                    <id>tag:atlas.testdorp.nl,2024:/ikc/wijzigingen/2024</id>
                    <title>Wijzigingen in 2024</title>
                    <updated>2024-12-31T00:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="https://atlas.testdorp.nl/ikc/wijzigingen.html#jaar-2024"/>
                    <content type="html">&lt;h2&gt;Metingen&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://atlas.testdorp.nl/ikc/kindcentra/kc.html&quot;&gt;Kindcentrum A &amp;amp; &amp;lt;B&amp;gt;&lt;/a&gt;: Eerste meting.&lt;/li&gt;&lt;/ul&gt;</content>
                  </entry>
                </feed>
                """, feed);
        Document doc = parse(feed);
        NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(2, entries.getLength());
        assertEquals("Gemeente Testdorp & <Omstreken>", doc.getElementsByTagName("name").item(0).getTextContent());
        String content = ((Element) entries.item(0)).getElementsByTagName("content").item(0).getTextContent();
        assertTrue(content.contains("\">Kindcentrum A &amp; &lt;B&gt;</a>"), content);
    }

    @Test
    void twoBuildsWriteTheSameFeedAndSitemap() throws IOException {
        Path first = BuiltSite.build(PUBLISHED, dir.resolve("one"));
        Path second = BuiltSite.build(PUBLISHED, dir.resolve("two"));
        for (String file : List.of("wijzigingen.xml", "sitemap.xml", "robots.txt", "wijzigingen.html")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void withoutBaseUrlNothingIsWrittenAndEveryLinkStaysRelative() {
        Path site = BuiltSite.build(TinySite.valid().with(ATLAS), dir);
        for (String file : List.of("sitemap.xml", "robots.txt", "wijzigingen.xml")) {
            assertFalse(Files.exists(site.resolve(file)), file);
        }
        for (String file : htmlFiles(site)) {
            String html = read(site, file);
            assertFalse(html.contains("rel=\"canonical\""), file);
            assertFalse(html.contains("application/atom+xml"), file);
            assertFalse(html.contains("wijzigingen.xml"), file);
            assertFalse(html.contains("Atom-feed"), file);
        }
    }

    @Test
    void aBaseUrlThatIsNoWebAddressOrHasAQueryIsAProblemAtItsLine() {
        assertEquals(List.of("data/atlas.yaml:16:11: 'atlas.testdorp.nl' is not a valid web address for the site\n"
                        + "    hint: write the address where the site is published, starting with https://, for example"
                        + " https://atlas.gemeente.nl/"),
                problems(ATLAS + "base_url: atlas.testdorp.nl\n"));
        assertEquals(List.of("data/atlas.yaml:16:11: 'ftp://atlas.testdorp.nl/' is not a valid web address for the site\n"
                        + "    hint: write the address where the site is published, starting with https://, for example"
                        + " https://atlas.gemeente.nl/"),
                problems(ATLAS + "base_url: ftp://atlas.testdorp.nl/\n"));
        assertEquals(List.of("data/atlas.yaml:16:11: the site's address 'https://atlas.testdorp.nl/ikc/?taal=nl#top'"
                        + " has a part after ? or #\n"
                        + "    hint: write only the address of the site's folder, without ? or # and what follows,"
                        + " for example https://atlas.testdorp.nl/ikc/"),
                problems(ATLAS + "base_url: https://atlas.testdorp.nl/ikc/?taal=nl#top\n"));
    }

    private List<String> problems(String atlas) {
        Problems problems = new Problems();
        var loaded = new AtlasLoader().load(TinySite.valid().with(atlas).writeTo(dir.resolve("atlas")), problems);
        new Validator().validate(loaded, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
