package nl.ikcatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.problem.Problems;

/**
 * A small atlas written inline: sections start with a line {@code -- path --}.
 * {@link #valid()} is a complete, valid atlas; tests replace or add files with {@link #with}.
 */
public final class TinySite {
    private final Map<String, String> files;

    private TinySite(Map<String, String> files) {
        this.files = files;
    }

    public static TinySite of(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) {
                    files.put(current, body.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            files.put(current, body.toString());
        }
        return new TinySite(files);
    }

    /** This site with the given sections added or replaced; a section with the body {@code (deleted)} removes a file. */
    public TinySite with(String text) {
        Map<String, String> merged = new LinkedHashMap<>(files);
        TinySite.of(text).files.forEach((path, body) -> {
            if (body.strip().equals("(deleted)")) {
                merged.remove(path);
            } else {
                merged.put(path, body);
            }
        });
        return new TinySite(merged);
    }

    /**
     * This site with {@code tag} at the end of every free text of its records (names, summaries, addresses,
     * notes, ...), so a test can put markup into all of them at once.
     */
    public TinySite withEveryTextEndingIn(String tag) {
        Map<String, String> tagged = new LinkedHashMap<>();
        files.forEach((path, body) -> tagged.put(path, FREE_TEXT.matcher(body)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + tag))));
        return new TinySite(tagged);
    }

    /** A line whose value is free text, as opposed to an id, code, date, number or list. */
    private static final Pattern FREE_TEXT = Pattern.compile("(?m)^(\\s*(?:- )?(?:municipality|summary|name|publisher"
            + "|organisation|plain|address|place|denomination|wishes|note): )(\\S.*)$");

    /**
     * Writes the files into {@code dir}, with a {@code content/} folder even when there are no pages: an
     * atlas folder without one is built with the tool's default pages.
     */
    public Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(dir.resolve("content"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This site's atlas, read by the real loader from a folder that is removed again; a problem in the
     * text is a mistake in the test, so it fails here.
     */
    public Atlas load() {
        try {
            Path dir = Files.createTempDirectory("tinysite");
            try {
                Problems problems = new Problems();
                Atlas atlas = new AtlasLoader().load(writeTo(dir), problems).atlas();
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("the tiny site has problems: " + problems.sorted());
                }
                return atlas;
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TinySite valid() {
        return of(VALID);
    }

    /**
     * A second kern (Rand) with a school and a BSO, a board without a name, a second school in the kern
     * Dorp itself with a kindcentrum (MFA Dorp) without assessments, and childcare with registered places.
     */
    public static final String SECOND_KERN = """
            -- data/areas/rand.yaml --
            id: rand
            name: Rand
            kind: kern
            source: duo
            -- data/boards/bestuur-42832.yaml --
            id: bestuur-42832
            number: "42832"
            source: duo
            -- data/schools/het-palet.yaml --
            id: het-palet
            vestigingscode: 17AB01
            name: Het Palet
            board: bestuur-42832
            address: Dorpsstraat 5
            postcode: 2651 AC
            place: Dorp
            coordinates: {lat: 52.002, lon: 4.502}
            area: dorp
            denomination: Openbaar
            source: duo
            -- data/schools/rand-school.yaml --
            id: rand-school
            vestigingscode: 18CD00
            name: De Rand
            board: bestuur
            address: Randweg 1
            postcode: 2665 AA
            place: Rand
            coordinates: {lat: 52.1, lon: 4.6}
            area: rand
            denomination: Openbaar
            source: duo
            -- data/childcare/opvang.yaml --
            id: opvang
            lrk: "123456789"
            name: Opvang De Wei
            holder: houder
            care_types: [kdv, peuteropvang]
            places: {kdv: 16}
            vve: true
            address: Schoolstraat 3
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.501}
            area: noord
            source: voorbeeld
            -- data/childcare/bso-rand.yaml --
            id: bso-rand
            name: BSO De Rand
            holder: houder
            care_types: [bso, tso]
            vve: false
            address: Randweg 2
            postcode: 2665 AA
            place: Rand
            coordinates: {lat: 52.1, lon: 4.6}
            area: rand
            source: voorbeeld
            -- data/kindcentra/mfa-dorp.yaml --
            id: mfa-dorp
            name: MFA Dorp
            area: dorp
            schools: [het-palet]
            scenario: mfa
            lead: opvang
            interest: 2
            housing:
              situation: loopafstand
            source: voorbeeld
            """;

    /**
     * The instrument with five levels and two themes, and the kindcentrum assessed in three years on it:
     * add it with {@link #with} where a test needs the full scale of levels.
     */
    /** The page "Over deze atlas" with the about template; when it is there, every page's footer links to it. */
    public static final String ABOUT_PAGE = """
            -- content/over.md --
            title=Over deze atlas
            type=page
            status=published
            template=about.ftl
            ~~~~~~
            Deze atlas laat zien waar kinderen terecht kunnen.
            """;

    /**
     * The settings of an atlas published at an address ({@code base_url}), so its site has a sitemap, canonical
     * links and a feed; without a summary and with only the organisation as contact.
     */
    public static final String PUBLISHED = """
            -- data/atlas.yaml --
            municipality: Testdorp
            cbs_code: GM1621
            edition: 2026-11-01
            base_url: https://atlas.testdorp.nl/
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
            """;

    public static final String FIVE_LEVELS = """
            -- data/instrument.yaml --
            name: Ontwikkelinstrument IKC
            source: duo
            levels:
              - id: back-to-back
                name: Rug aan rug
                summary: Samenvatting Rug aan rug.
                plain: Voor uw kind, rug aan rug.
              - id: face-to-face
                name: Gezicht naar gezicht
                summary: Samenvatting Gezicht naar gezicht.
                plain: Voor uw kind, gezicht naar gezicht.
              - id: hand-in-hand
                name: Hand in hand
                summary: Samenvatting Hand in hand.
                plain: Voor uw kind, hand in hand.
              - id: cheek-to-cheek
                name: Wang aan wang
                summary: Samenvatting Wang aan wang.
                plain: Voor uw kind, wang aan wang.
              - id: integraal
                name: Integraal
                summary: Samenvatting Integraal.
                plain: Voor uw kind, integraal.
            themes:
              - id: bestuurlijke-samenwerking
                name: Bestuurlijke samenwerking
                summary: Over bestuurlijke samenwerking.
                levels:
                  back-to-back: {summary: Bestuurlijke samenwerking op back-to-back, plain: Uitleg Bestuurlijke samenwerking op back-to-back}
                  face-to-face: {summary: Bestuurlijke samenwerking op face-to-face, plain: Uitleg Bestuurlijke samenwerking op face-to-face}
                  hand-in-hand: {summary: Bestuurlijke samenwerking op hand-in-hand, plain: Uitleg Bestuurlijke samenwerking op hand-in-hand}
                  cheek-to-cheek: {summary: Bestuurlijke samenwerking op cheek-to-cheek, plain: Uitleg Bestuurlijke samenwerking op cheek-to-cheek}
                  integraal: {summary: Bestuurlijke samenwerking op integraal, plain: Uitleg Bestuurlijke samenwerking op integraal}
              - id: kwaliteitsbeleid
                name: Kwaliteitsbeleid
                summary: Over kwaliteitsbeleid.
                levels:
                  back-to-back: {summary: Kwaliteitsbeleid op back-to-back, plain: Uitleg Kwaliteitsbeleid op back-to-back}
                  face-to-face: {summary: Kwaliteitsbeleid op face-to-face, plain: Uitleg Kwaliteitsbeleid op face-to-face}
                  hand-in-hand: {summary: Kwaliteitsbeleid op hand-in-hand, plain: Uitleg Kwaliteitsbeleid op hand-in-hand}
                  cheek-to-cheek: {summary: Kwaliteitsbeleid op cheek-to-cheek, plain: Uitleg Kwaliteitsbeleid op cheek-to-cheek}
                  integraal: {summary: Kwaliteitsbeleid op integraal, plain: Uitleg Kwaliteitsbeleid op integraal}
            -- data/kindcentra/kc.yaml --
            id: kc
            name: Kindcentrum De School
            area: noord
            schools: [de-school]
            childcare: [opvang]
            scenario: school
            lead: samen
            interest: 1
            housing:
              situation: een-gebouw
              wishes: Een grotere speelplaats.
            source: voorbeeld
            assessments:
              - year: 2024
                source: voorbeeld
                levels: {bestuurlijke-samenwerking: face-to-face, kwaliteitsbeleid: hand-in-hand}
              - year: 2025
                date: 2025-05-01
                source: voorbeeld
                levels: {bestuurlijke-samenwerking: hand-in-hand, kwaliteitsbeleid: hand-in-hand}
                note: Samen een visie geschreven.
              - year: 2023
                source: voorbeeld
                levels: {bestuurlijke-samenwerking: back-to-back, kwaliteitsbeleid: integraal}
            """;

    private static final String VALID = """
            -- data/atlas.yaml --
            municipality: Testdorp
            cbs_code: GM1621
            edition: 2026-11-01
            summary: Een kleine atlas om te testen.
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
            -- data/instrument.yaml --
            name: Ontwikkelinstrument
            source: duo
            levels:
              - id: los
                name: Los van elkaar
                summary: Geen samenwerking.
                plain: School en opvang werken apart.
              - id: samen
                name: Samen
                summary: Veel samenwerking.
                plain: School en opvang werken samen.
            themes:
              - id: visie
                name: Visie
                summary: Wat ze samen willen.
                levels:
                  los: {summary: Geen visie., plain: Ieder een eigen plan.}
                  samen: {summary: Een visie., plain: Een gezamenlijk plan.}
              - id: ruimte
                name: Ruimte
                summary: Het gebouw.
                levels:
                  los: {summary: Apart., plain: Twee gebouwen.}
                  samen: {summary: Samen., plain: Een gebouw.}
            -- data/areas/dorp.yaml --
            id: dorp
            name: Dorp
            kind: kern
            source: duo
            -- data/areas/noord.yaml --
            id: noord
            name: Noord
            kind: wijk
            cbs_code: WK162101
            parent: dorp
            source: duo
            -- data/boards/bestuur.yaml --
            id: bestuur
            number: "41487"
            name: Stichting Bestuur
            source: duo
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
            source: duo
            -- data/holders/houder.yaml --
            id: houder
            name: Kinderopvang Houder
            kvk: "12345678"
            source: voorbeeld
            -- data/childcare/opvang.yaml --
            id: opvang
            lrk: "123456789"
            name: Opvang De Wei
            holder: houder
            care_types: [kdv, bso]
            places: {kdv: 16, bso: 40}
            vve: true
            address: Schoolstraat 3
            postcode: 2651 AB
            place: Dorp
            coordinates: {lat: 52.001, lon: 4.501}
            area: noord
            source: voorbeeld
            -- data/kindcentra/kc.yaml --
            id: kc
            name: Kindcentrum De School
            area: noord
            schools: [de-school]
            childcare: [opvang]
            scenario: school
            lead: samen
            interest: 1
            housing:
              situation: een-gebouw
              wishes: Een grotere speelplaats.
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
                note: Samen een visie geschreven.
            """;
}
