package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.testing.SiteFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one test that uses the shipped example atlas: it must build completely and correctly. */
class ShippedAtlasTest {
    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @TempDir
    static Path out;
    static Atlas atlas;
    static BuildReport report;

    @BeforeAll
    static void build() {
        Path repo = Path.of(".");
        atlas = new AtlasLoader().load(repo, new Problems()).atlas();
        report = new AtlasPipeline().build(repo, out.resolve("site"));
    }

    @Test
    void buildsWithoutProblems() {
        assertEquals(List.of(), report.problems());
        assertEquals(26, atlas.schools().size());
        assertEquals(SiteFiles.htmlFiles(out.resolve("site")).size(), report.pages());
    }

    @Test
    void everyRecordHasItsPage() {
        Path site = out.resolve("site");
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
        Path site = out.resolve("site");
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
        Path site = out.resolve("site");
        String griffel = SiteFiles.read(site, "kindcentra/ikc-de-gouden-griffel.html");
        assertTrue(griffel.contains("<strong>Voorbeeldgegevens.</strong> De ambitieniveaus"), griffel);
        assertTrue(griffel.contains("Bron: Voorbeeldgegevens, 1 november 2026"));
        String school = SiteFiles.read(site, "scholen/de-oosthoek.html");
        assertTrue(school.contains("Bron: DUO, Alle schoolvestigingen basisonderwijs, 1 oktober 2026"), school);
        assertTrue(school.contains("<h1>De Oosthoek</h1>"));
        String board = SiteFiles.read(site, "besturen/bestuur-42832.html");
        assertTrue(board.contains("<h1>Schoolbestuur 42832</h1>"), board);
    }

    @Test
    void noPageLoadsScriptsOrAnythingFromElsewhere() {
        Path site = out.resolve("site");
        for (String page : SiteFiles.htmlFiles(site)) {
            String html = SiteFiles.read(site, page);
            assertFalse(html.contains("<script"), page);
            assertFalse(Pattern.compile("src=\"https?:").matcher(html).find(), page);
            assertFalse(Pattern.compile("<link[^>]+href=\"https?:").matcher(html).find(), page);
        }
    }

    @Test
    void downloadsHoldEveryRecordOfTheShippedAtlas() {
        Path site = out.resolve("site");
        assertEquals(1 + atlas.schools().size(), lines(SiteFiles.read(site, "downloads/scholen.csv")));
        assertEquals(1 + atlas.childcareLocations().size(), lines(SiteFiles.read(site, "downloads/opvanglocaties.csv")));
        assertEquals(1 + atlas.kindcentra().size(), lines(SiteFiles.read(site, "downloads/kindcentra.csv")));
        int assessments = atlas.kindcentra().stream().mapToInt(k -> k.assessments().size()).sum();
        assertEquals(20, assessments);
        assertEquals(1 + assessments * atlas.instrument().themes().size(),
                lines(SiteFiles.read(site, "downloads/metingen.csv")));
    }

    /** Rows of a CSV whose fields hold no line breaks (none of the shipped data does). */
    private static int lines(String csv) {
        return csv.split("\r\n", -1).length - 1;
    }
}
