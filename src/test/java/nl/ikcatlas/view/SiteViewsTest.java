package nl.ikcatlas.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.testing.TinySite;
import nl.ikcatlas.view.areas.AreaView;
import nl.ikcatlas.view.home.HomeView;
import nl.ikcatlas.view.kindcentra.KindcentrumView;
import nl.ikcatlas.view.organisations.BoardView;
import nl.ikcatlas.view.places.ChildcareView;
import nl.ikcatlas.view.places.SchoolView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListView;
import org.junit.jupiter.api.Test;

class SiteViewsTest {
    /**
     * The valid site with a second kern (Rand), a board without a name, a school in the kern itself and one
     * in Rand, childcare in Rand, a kindcentrum without assessments, and a third year of assessments.
     */
    private static final TinySite SITE = TinySite.valid().with(TinySite.SECOND_KERN).with("""
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
              - year: 2023
                source: voorbeeld
                levels:
                  visie: samen
                  ruimte: samen
            """);
    private final Atlas atlas = SITE.load();
    private final Map<String, Page> pages = new SiteViews()
            .build(atlas, List.of(new ContentPage("over", "Over deze atlas", null, "about.ftl", "<p>x</p>",
                    new Origin("content/over.md", Map.of()))))
            .pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));

    @Test
    void onePagePerRecordPlusTheFixedPages() {
        for (String path : List.of("index.html", "instrument.html", "over.html", "gebieden/index.html",
                "kindcentra/index.html", "scholen/index.html", "opvang/index.html", "besturen/index.html",
                "houders/index.html", "gebieden/noord.html", "kindcentra/mfa-dorp.html", "scholen/rand-school.html",
                "opvang/bso-rand.html", "besturen/bestuur-42832.html", "houders/houder.html")) {
            assertTrue(pages.containsKey(path), path);
        }
        assertEquals("about.ftl", pages.get("over.html").template());
        assertEquals("school.ftl", pages.get("scholen/rand-school.html").template());
    }

    @Test
    void schoolPageLinksRelativelyToBoardAreaAndKindcentrum() {
        SchoolView school = (SchoolView) pages.get("scholen/de-school.html").view();
        assertEquals(new Link("../besturen/bestuur.html", "Stichting Bestuur"), school.board());
        assertEquals(new Link("../gebieden/noord.html", "Noord"), school.area());
        assertEquals("../kindcentra/kc.html", school.kindcentra().get(0).href());
        assertEquals("Schoolstraat 1, 2651 AB Dorp", school.address());
        assertEquals("../", school.layout().root());
        assertEquals(List.of(new Link("../index.html", "Home"), new Link("../scholen/index.html", "Scholen"),
                new Link(null, "De School")), school.layout().navigation().breadcrumbs());
        assertEquals(List.of("Opvang De Wei"), school.childcareNearby().cards().stream().map(Card::title).toList());
    }

    @Test
    void boardWithoutNameShowsItsNumber() {
        BoardView board = (BoardView) pages.get("besturen/bestuur-42832.html").view();
        assertEquals("Schoolbestuur 42832", board.name());
        assertEquals(List.of("Het Palet"), board.schools().stream().map(Card::title).toList());
    }

    @Test
    void kernPageListsThePlacesOfItsWijken() {
        AreaView kern = (AreaView) pages.get("gebieden/dorp.html").view();
        assertEquals(List.of("De School", "Het Palet"), kern.schools().stream().map(Card::title).toList());
        assertEquals(List.of("Kindcentrum De School", "MFA Dorp"),
                kern.kindcentra().stream().map(Card::title).toList());
        assertEquals(List.of("Opvang De Wei"), kern.childcare().stream().map(Card::title).toList());
        assertEquals(List.of(new Link("../gebieden/noord.html", "Noord")), kern.subAreas());
        AreaView wijk = (AreaView) pages.get("gebieden/noord.html").view();
        assertEquals(new Link("../gebieden/dorp.html", "Dorp"), wijk.parent());
        assertEquals(List.of("De School"), wijk.schools().stream().map(Card::title).toList());
    }

    @Test
    void kindcentrumShowsLatestYearBesideThePreviousInWords() {
        KindcentrumView k = (KindcentrumView) pages.get("kindcentra/kc.html").view();
        KindcentrumView.Assessment latest = k.levels().latest();
        assertEquals("2025", latest.year());
        assertEquals("1 mei 2025", latest.date());
        assertEquals("2024", latest.previousYear());
        KindcentrumView.ThemeScore first = latest.scores().get(0);
        assertEquals("Visie", first.theme());
        assertEquals("2 van 2", first.level().label());
        assertEquals(List.of(true, true), first.level().steps());
        assertEquals("Een gezamenlijk plan.", first.levelPlain());
        assertEquals("Los van elkaar", first.previous().name());
        assertEquals("hoger", first.change());
        assertEquals("gelijk", latest.scores().get(1).change());
        assertEquals("../instrument.html#ruimte", latest.scores().get(1).themeHref());
        assertEquals(List.of("2024", "2023"), k.levels().history().years());
        assertEquals(List.of("1 - Los van elkaar", "2 - Samen"), k.levels().history().rows().get(1).cells());
        assertEquals("Wil nu een IKC worden", k.organisation().interest().label());
        assertEquals("In één gebouw", k.organisation().housing().label());
    }

    @Test
    void kindcentrumWithoutAssessmentsHasNoScores() {
        KindcentrumView k = (KindcentrumView) pages.get("kindcentra/mfa-dorp.html").view();
        assertNull(k.levels().latest());
        assertNull(k.levels().history());
        assertNull(k.organisation().housingWishes());
    }

    @Test
    void pagesCiteTheirSourcesAndNameTheirExampleData() {
        SchoolView school = (SchoolView) pages.get("scholen/het-palet.html").view();
        assertEquals("Bron: DUO, Alle schoolvestigingen, 1 oktober 2026",
                school.layout().notes().sources().get(0).text());
        KindcentrumView k = (KindcentrumView) pages.get("kindcentra/kc.html").view();
        assertEquals("Op deze pagina zijn dit voorbeeldgegevens: de niveaus, de plannen en de samenwerking en de"
                + " opvang. Ze zijn bedacht om te laten zien hoe de atlas werkt.", k.layout().notes().illustrativeNotice());
        BoardView board = (BoardView) pages.get("besturen/bestuur.html").view();
        assertNull(board.layout().notes().illustrativeNotice());
    }

    @Test
    void childcareExplainsCareTypesPlacesAndVve() {
        ChildcareView c = (ChildcareView) pages.get("opvang/opvang.html").view();
        assertEquals("Dagopvang", c.careTypes().get(0).name());
        assertEquals("16 kindplaatsen", c.careTypes().get(0).places());
        assertNull(c.careTypes().get(1).places());
        assertEquals("Ja, deze locatie biedt VVE.", c.vve().label());
        assertEquals(new Link("../houders/houder.html", "Kinderopvang Houder"), c.holder());
    }

    @Test
    void homeCountsEverything() {
        HomeView home = (HomeView) pages.get("index.html").view();
        assertEquals(List.of("3 scholen", "2 opvanglocaties", "2 kindcentra", "1 opvanglocatie met VVE",
                "2 schoolbesturen", "1 opvangorganisatie"),
                home.figures().stream().map(f -> f.value() + " " + f.label()).toList());
        assertEquals("", home.layout().root());
        assertEquals("Dorp", home.areas().get(0).area().label());
        assertEquals(List.of(new Link("gebieden/noord.html", "Noord")), home.areas().get(0).children());
    }

    @Test
    void withoutAnAboutPageNothingLinksToIt() {
        List<Page> plain = new SiteViews().build(atlas, List.of()).pages();
        HomeView home = (HomeView) plain.get(0).view();
        assertNull(home.layout().footer().aboutHref());
        assertTrue(home.layout().navigation().groups().stream().flatMap(g -> g.items().stream()).noneMatch(n -> n.href().equals("over.html")));
        assertTrue(home.sections().stream().noneMatch(c -> c.href().equals("over.html")));
        assertEquals("over.html", ((HomeView) pages.get("index.html").view()).layout().footer().aboutHref());
    }

    @Test
    void listsAreSortedTheDutchWay() {
        Atlas sorted = new Atlas(atlas.settings(), atlas.instrument(), atlas.areas(), atlas.boards(),
                List.of(rename(atlas, 0, "zuiderschool"), rename(atlas, 1, "Ábeltje"), rename(atlas, 2, "bolster")),
                atlas.holders(), atlas.childcareLocations(), atlas.kindcentra());
        ListView list = (ListView) new SiteViews().build(sorted, List.of()).pages().stream()
                .filter(p -> p.path().equals("scholen/index.html")).findFirst().orElseThrow().view();
        List<String> names = list.groups().stream().flatMap(g -> g.items().stream()).map(Card::title).toList();
        // Grouped per kern (Dorp first), sorted by name within a kern, accents ignored.
        assertEquals(List.of("Ábeltje", "zuiderschool", "bolster"), names);
        assertEquals("Dorp", list.groups().get(0).heading());
    }

    private static nl.ikcatlas.model.School rename(Atlas atlas, int i, String name) {
        var s = atlas.schools().get(i);
        return new nl.ikcatlas.model.School(s.id(), s.vestigingscode(), name, s.board(), s.address(), s.coordinates(),
                s.area(), s.denomination(), s.website(), s.pupils(), s.history(), s.source(), s.origin());
    }
}
