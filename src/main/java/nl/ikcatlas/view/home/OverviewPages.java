package nl.ikcatlas.view.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Cards;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Figure;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListPages;
import nl.ikcatlas.view.shared.ListView;
import nl.ikcatlas.view.shared.OpenPlaces;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the home page and the six overview lists. */
public final class OverviewPages {

    private final ViewContext ctx;

    public OverviewPages(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page home() {
        AtlasIndex index = ctx.index();
        String path = SitePaths.HOME;
        SourceNotes notes = ctx.notes();
        for (Area a : index.sortedAreas()) {
            notes.add(a.source(), "de gegevens van de gebieden");
        }
        // the headline figures count these records, so their sources are cited too
        index.sortedSchools().forEach(s -> notes.add(s.source(), "de gegevens van de scholen"));
        index.sortedBoards().forEach(b -> notes.add(b.source(), "de gegevens van de schoolbesturen"));
        index.sortedChildcare().forEach(c -> notes.add(c.source(), "de gegevens van de opvanglocaties"));
        index.sortedHolders().forEach(h -> notes.add(h.source(), "de gegevens van de opvangorganisaties"));
        index.sortedKindcentra().forEach(k -> notes.add(k.source(), "de kindcentra"));
        if (index.atlas().settings().sources().stream().anyMatch(Source::illustrative)) {
            notes.generalNotice("Sommige gegevens in deze atlas zijn voorbeeldgegevens. Ze zijn bedacht om"
                    + " te laten zien hoe de atlas werkt. Op elke pagina staat welke gegevens dat zijn.");
        }
        // like the figures of the areas, these count only places open on the edition date
        OpenPlaces openPlaces = new OpenPlaces(index.atlas().settings().edition());
        List<ChildcareLocation> openChildcare = index.sortedChildcare().stream()
                .filter(openPlaces::open).toList();
        long vve = openChildcare.stream().filter(ChildcareLocation::vve).count();
        List<Figure> figures = List.of(
                figure(index.sortedSchools().stream().filter(openPlaces::open).count(),
                        "school", "scholen", Section.SCHOOLS),
                figure(openChildcare.size(), "opvanglocatie", "opvanglocaties", Section.CHILDCARE),
                figure(index.sortedKindcentra().stream().filter(openPlaces::open).count(),
                        "kindcentrum", "kindcentra", Section.KINDCENTRA),
                figure(vve, "opvanglocatie met VVE", "opvanglocaties met VVE", Section.CHILDCARE),
                figure(index.sortedBoards().size(), "schoolbestuur", "schoolbesturen", Section.BOARDS),
                figure(index.sortedHolders().size(), "opvangorganisatie", "opvangorganisaties", Section.HOLDERS));
        // a national atlas lists its hundreds of areas on the map's list and the overview, not here too
        boolean listAreas = index.sortedAreas().size() <= ctx.limits().listCards();
        String areasCounted = listAreas ? null : "De atlas heeft " + Dutch.number(index.sortedAreas().size())
                + " kernen en wijken. U vindt ze op de kaart en in de lijst van alle kernen en wijken.";
        List<HomeView.AreaGroup> areas = new ArrayList<>();
        for (Area a : listAreas ? index.sortedAreas() : List.<Area>of()) {
            if (a.parent() == null) {
                List<Link> children = new ArrayList<>();
                for (Area child : index.childAreas(a.id())) {
                    children.add(new Link(SitePaths.area(child.id()), child.name()));
                }
                areas.add(new HomeView.AreaGroup(new Link(SitePaths.area(a.id()), a.name()),
                        Labels.areaKind(a.kind()), children));
            }
        }
        List<Card> sections = new ArrayList<>(List.of(
                section(Section.AREAS, "Alle kernen en wijken, met de scholen, opvang en kindcentra die er zijn."),
                section(Section.KINDCENTRA, "Waar school en opvang samenwerken, en hoe ver die samenwerking is."),
                section(Section.SCHOOLS, "Alle basisscholen, met adres en schoolbestuur."),
                section(Section.CHILDCARE, "Dagopvang, peuteropvang, BSO en TSO, en waar VVE is."),
                section(Section.BOARDS, "De organisaties die de scholen besturen."),
                section(Section.HOLDERS, "De organisaties die de opvanglocaties hebben."),
                section(Section.INSTRUMENT, "De thema's en niveaus waarmee de samenwerking wordt gemeten.")));
        if (ctx.layouts().hasAbout()) {
            sections.add(section(Section.ABOUT, "Wat deze atlas is, waar de gegevens vandaan komen en hoe u ons"
                    + " bereikt."));
        }
        String title = ctx.layouts().siteName();
        HomeView view = new HomeView(ctx.layouts().layout(path, Section.HOME, title, List.of(), notes),
                Layouts.blankToNull(index.atlas().settings().summary()), figures, areas, areasCounted, sections,
                Section.AREAS.indexPath(), Section.SEARCH.indexPath(),
                ctx.maps().home("Kaart van " + index.atlas().settings().municipality()));
        return new Page(path, view);
    }

    /** The six overview lists; a long one is split over several pages ({@link ListPages}). */
    public List<Page> lists() {
        AtlasIndex index = ctx.index();
        Cards cards = ctx.cards();
        List<Page> pages = new ArrayList<>();
        pages.addAll(list(Section.AREAS, "Kernen en wijken",
                "Hier staan alle kernen en wijken. Kies een gebied om te zien welke scholen, opvang en"
                        + " kindcentra er zijn.",
                areaGroups(), "de gegevens van de gebieden", index.sortedAreas(), Area::source));
        pages.addAll(list(Section.KINDCENTRA, "Kindcentra",
                "In een kindcentrum werken school en opvang samen, voor kinderen van 0 tot 12 jaar.",
                single(index.sortedKindcentra(), cards::kindcentrum), "de belangstelling van de kindcentra",
                index.sortedKindcentra(), Kindcentrum::source));
        pages.addAll(list(Section.SCHOOLS, "Scholen", "Alle basisscholen, per kern.",
                byTopArea(index.sortedSchools(), School::area, cards::school), "de gegevens van de scholen",
                index.sortedSchools(), School::source));
        pages.addAll(list(Section.CHILDCARE, "Opvang",
                "Alle locaties voor dagopvang, peuteropvang, buitenschoolse opvang en overblijven, per kern.",
                byTopArea(index.sortedChildcare(), ChildcareLocation::area, cards::childcare),
                "de gegevens van de opvang", index.sortedChildcare(), ChildcareLocation::source));
        pages.addAll(list(Section.BOARDS, "Schoolbesturen", "Een schoolbestuur is de organisatie die een of meer"
                        + " scholen bestuurt.",
                single(index.sortedBoards(), cards::board), "de gegevens van de schoolbesturen",
                index.sortedBoards(), SchoolBoard::source));
        pages.addAll(list(Section.HOLDERS, "Opvangorganisaties", "Een opvangorganisatie (houder) heeft een of meer"
                        + " opvanglocaties.",
                single(index.sortedHolders(), cards::holder), "de gegevens van de opvangorganisaties",
                index.sortedHolders(), ChildcareHolder::source));
        return pages;
    }

    private <T> List<Page> list(Section section, String title, String intro, List<ListView.Group> groups,
            String topic, List<T> records, Function<T, String> source) {
        SourceNotes notes = ctx.notes();
        for (T record : records) {
            notes.add(source.apply(record), topic);
        }
        return ctx.lists().pages(section.indexPath(), section, List.of(), new ListPages.Content(title, intro,
                Dutch.number(records.size()), groups, notes));
    }

    /** One group without heading. Cards link relative to the site root; {@link ListPages} makes them relative to each page. */
    private static <T> List<ListView.Group> single(List<T> items, CardMaker<T> card) {
        List<Card> cards = new ArrayList<>(items.size());
        for (T item : items) {
            cards.add(card.make("", item));
        }
        return List.of(new ListView.Group(null, cards));
    }

    /** Groups places under the kern they lie in, kernen in name order. */
    private <T> List<ListView.Group> byTopArea(List<T> items, Function<T, String> area, CardMaker<T> card) {
        Map<String, List<Card>> groups = new LinkedHashMap<>();
        for (Area a : ctx.index().sortedAreas()) {
            if (a.parent() == null) {
                groups.put(a.id(), new ArrayList<>());
            }
        }
        for (T item : items) {
            String top = ctx.index().topArea(area.apply(item));
            groups.computeIfAbsent(top, k -> new ArrayList<>()).add(card.make("", item));
        }
        List<ListView.Group> result = new ArrayList<>();
        groups.forEach((id, cards) -> {
            if (!cards.isEmpty()) {
                result.add(new ListView.Group(ctx.index().area(id).name(), cards));
            }
        });
        return result;
    }

    /** Each kern with, under it, the wijken (and deeper areas) inside it. */
    private List<ListView.Group> areaGroups() {
        List<ListView.Group> result = new ArrayList<>();
        for (Area a : ctx.index().sortedAreas()) {
            if (a.parent() == null) {
                List<Card> cards = new ArrayList<>();
                addWithChildren(a, cards);
                result.add(new ListView.Group(a.name(), cards));
            }
        }
        return result;
    }

    private void addWithChildren(Area area, List<Card> cards) {
        cards.add(ctx.cards().area("", area));
        for (Area child : ctx.index().childAreas(area.id())) {
            addWithChildren(child, cards);
        }
    }

    private static Figure figure(long n, String one, String many, Section section) {
        return new Figure(Dutch.number(n), n == 1 ? one : many, section.indexPath());
    }

    private static Card section(Section section, String text) {
        return new Card(section.indexPath(), section.label(), List.of(text));
    }

    @FunctionalInterface
    private interface CardMaker<T> {
        Card make(String root, T item);
    }
}
