package nl.ikcatlas.view.areas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.monitor.AreaSummary;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.AreaFigures;
import nl.ikcatlas.view.shared.AreaFiguresView;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Figure;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListPages;
import nl.ikcatlas.view.shared.ListView;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the page of one kern or wijk, counting the places of the areas inside it too. */
public final class AreaPages {

    private final ViewContext ctx;

    private final nl.ikcatlas.monitor.AreaSummaries summaries;
    private final AreaFigures areaFigures;

    public AreaPages(ViewContext ctx) {
        this.ctx = ctx;
        this.summaries = new nl.ikcatlas.monitor.AreaSummaries(ctx.index().atlas());
        this.areaFigures = new AreaFigures(ctx.index().sources());
    }

    public Page page(Area a) {
        AtlasIndex index = ctx.index();
        String path = SitePaths.area(a.id());
        String root = Page.rootFrom(path);
        SourceNotes notes = ctx.notes().add(a.source(), "de gegevens van het gebied");

        List<Card> kindcentra = new ArrayList<>();
        for (Kindcentrum k : index.kindcentraWithin(a.id())) {
            kindcentra.add(ctx.cards().kindcentrum(root, k));
            notes.add(k.source(), "de belangstelling van de kindcentra");
            for (var assessment : k.assessments()) {
                notes.add(assessment.source(), "de ambitieniveaus");
            }
        }
        // the figures count every place, so their sources stay on the page when the cards are in a list of their own
        List<School> schoolList = index.schoolsWithin(a.id());
        List<ChildcareLocation> childcareList = index.childcareWithin(a.id());
        noteSources(schoolList, childcareList, notes);
        List<Card> schools = listed(schoolList) ? cards(schoolList, s -> ctx.cards().school(root, s)) : List.of();
        List<Card> childcare = listed(childcareList) ? cards(childcareList, c -> ctx.cards().childcare(root, c)) : List.of();
        List<Link> subAreas = new ArrayList<>();
        for (Area child : index.childAreas(a.id())) {
            subAreas.add(new Link(root + SitePaths.area(child.id()), child.name()));
        }
        // like the table of figures, the headline counts only places open on the edition date
        AreaSummary counted = summaries.of(a.id());
        List<Figure> figures = List.of(
                figure(counted.kindcentra().size(), "kindcentrum", "kindcentra"),
                figure(counted.schools(), "school", "scholen"),
                figure(counted.childcareLocations(), "opvanglocatie", "opvanglocaties"),
                figure(counted.vveLocations(), "locatie met VVE", "locaties met VVE"));

        Area parent = a.parent() == null ? null : index.area(a.parent());
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(Layouts.sectionCrumb(Section.AREAS));
        if (parent != null) {
            crumbs.add(new Link(SitePaths.area(parent.id()), parent.name()));
        }
        AreaFiguresView summary = areaFigures.view(counted, root, notes);
        AreaView view = new AreaView(
                ctx.layouts().layout(path, Section.AREAS, a.name(), crumbs, notes),
                a.name(), Layouts.blankToNull(a.description()),
                parent == null ? null : new Link(root + SitePaths.area(parent.id()), parent.name()),
                subAreas, figures, summary, kindcentra, schools, moved(a, root, SCHOOLS, schoolList),
                childcare, moved(a, root, CHILDCARE, childcareList), ctx.maps().area(a, root));
        return new Page(path, view);
    }

    /**
     * The lists of an area's schools and of its childcare locations, for an area with more of them than its
     * page shows: {@code gebieden/<id>/scholen.html} and {@code gebieden/<id>/opvang.html}, split like the
     * overview lists when they are long. None for an area within the limit.
     */
    public List<Page> placeLists(Area a) {
        List<School> schools = ctx.index().schoolsWithin(a.id());
        List<ChildcareLocation> childcare = ctx.index().childcareWithin(a.id());
        List<Page> pages = new ArrayList<>();
        if (!listed(schools)) {
            pages.addAll(placeList(a, SCHOOLS, cards(schools, s -> ctx.cards().school("", s)), schools, List.of()));
        }
        if (!listed(childcare)) {
            pages.addAll(placeList(a, CHILDCARE, cards(childcare, c -> ctx.cards().childcare("", c)), List.of(), childcare));
        }
        return pages;
    }

    /** The kind of place in an area's own list: its file name, its title and the plural for the page's text. */
    private record PlaceKind(String file, String title, String many) {
    }

    private static final PlaceKind SCHOOLS = new PlaceKind("scholen", "Scholen", "scholen");
    private static final PlaceKind CHILDCARE = new PlaceKind("opvang", "Opvang", "opvanglocaties");

    private static String listPath(Area a, PlaceKind kind) {
        return Section.AREAS.directory() + "/" + a.id() + "/" + kind.file() + ".html";
    }

    private List<Page> placeList(Area a, PlaceKind kind, List<Card> cards, List<School> schools,
            List<ChildcareLocation> childcare) {
        SourceNotes notes = ctx.notes().add(a.source(), "de gegevens van het gebied");
        noteSources(schools, childcare, notes);
        return ctx.lists().pages(listPath(a, kind), Section.AREAS,
                List.of(Layouts.sectionCrumb(Section.AREAS), new Link(SitePaths.area(a.id()), a.name())),
                new ListPages.Content(kind.title() + " in " + a.name(), "Alle " + kind.many() + " in " + a.name()
                        + ", ook in de wijken, op volgorde van naam.", Dutch.number(cards.size()),
                        List.of(new ListView.Group(null, cards)), notes));
    }

    /** Whether an area's page shows these places as cards, or leads to their own list. */
    private boolean listed(List<?> places) {
        return places.size() <= ctx.limits().areaPlaces();
    }

    /** A link to the area's own list of a kind of place, or null when its page shows them. */
    private Link moved(Area a, String root, PlaceKind kind, List<?> places) {
        int count = places.size();
        return listed(places) ? null
                : new Link(root + listPath(a, kind), "Alle " + Dutch.number(count) + " " + kind.many() + " in " + a.name());
    }

    private static void noteSources(List<School> schools, List<ChildcareLocation> childcare, SourceNotes notes) {
        for (School s : schools) {
            notes.add(s.source(), "de gegevens van de scholen");
        }
        for (ChildcareLocation c : childcare) {
            notes.add(c.source(), "de gegevens van de opvang");
        }
    }

    private static <T> List<Card> cards(List<T> places, Function<T, Card> card) {
        List<Card> cards = new ArrayList<>(places.size());
        for (T place : places) {
            cards.add(card.apply(place));
        }
        return cards;
    }

    private static Figure figure(int n, String one, String many) {
        return new Figure(Dutch.number(n), n == 1 ? one : many, null);
    }
}
