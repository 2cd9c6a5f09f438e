package nl.ikcatlas.render;

import static nl.ikcatlas.testing.BuiltSite.fragment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heading above a kindcentrum's partners says they work together only when its level says so. */
class KindcentrumPartnersSiteTest {
    @TempDir
    Path dir;

    /** MFA Dorp measured at the lowest level: school and childcare do not work together yet. */
    private static final String LEVEL_ONE = """
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
            assessments:
              - year: 2025
                source: voorbeeld
                levels: {bestuurlijke-samenwerking: back-to-back, kwaliteitsbeleid: face-to-face}
            """;

    @Test
    void levelOneNamesThePartnersAndLevelThreeSaysTheyWorkTogether() throws IOException {
        Path site = BuiltSite.buildWithoutPdf(TinySite.valid().with(TinySite.FIVE_LEVELS).with(TinySite.SECOND_KERN)
                .with(LEVEL_ONE), dir);
        String levelOne = Files.readString(site.resolve("kindcentra/mfa-dorp.html"));
        assertEquals("""
                <section aria-labelledby="partners">
                  <h2 id="partners">Wie horen bij dit kindcentrum?</h2>""",
                fragment(levelOne, "<section aria-labelledby=\"partners\">", "</h2>"));
        String levelThree = Files.readString(site.resolve("kindcentra/kc.html"));
        assertEquals("""
                <section aria-labelledby="partners">
                  <h2 id="partners">Wie werken hier samen?</h2>""",
                fragment(levelThree, "<section aria-labelledby=\"partners\">", "</h2>"));
    }
}
