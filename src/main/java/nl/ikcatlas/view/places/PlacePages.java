package nl.ikcatlas.view.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ikcatlas.map.NearestIndex;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.Actions;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Cards;
import nl.ikcatlas.view.shared.OpenPlaces;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Explained;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Names;
import nl.ikcatlas.view.shared.PlaceHistories;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the pages of school locations and childcare locations. */
public final class PlacePages {

    private final ViewContext ctx;
    private final PlaceHistories histories;
    private final OpenPlaces openPlaces;
    /** Per area, its open schools and childcare locations: the candidates for "in de buurt". */
    private final Map<String, NearestIndex<School>> openSchools = new ConcurrentHashMap<>();
    private final Map<String, NearestIndex<ChildcareLocation>> openChildcare = new ConcurrentHashMap<>();

    public PlacePages(ViewContext ctx) {
        this.ctx = ctx;
        this.histories = new PlaceHistories(ctx.index().atlas().settings().edition());
        this.openPlaces = new OpenPlaces(ctx.index().atlas().settings().edition());
    }

    public Page school(School s) {
        AtlasIndex index = ctx.index();
        String path = SitePaths.school(s.id());
        String root = Page.rootFrom(path);
        SchoolBoard board = index.board(s.board());
        SourceNotes notes = ctx.notes().add(s.source(), "de gegevens van de school");
        notes.add(board.source(), "de gegevens van het schoolbestuur");

        List<Card> kindcentra = kindcentra(root, index.kindcentraBySchool(s.id()), notes);
        NearestIndex<ChildcareLocation> open = openChildcare.computeIfAbsent(s.area(), a -> new NearestIndex<>(
                index.childcareWithin(a).stream().filter(openPlaces::open).toList(), ChildcareLocation::coordinates));
        Nearby nearby = NearbyPlaces.of(s.coordinates(), open, c -> {
            notes.add(c.source(), "de gegevens van de opvang in de buurt");
            return ctx.cards().childcare(root, c);
        }, root, index.area(s.area()), "opvanglocatie", "opvanglocaties",
                "opvang");
        SchoolView view = new SchoolView(
                ctx.layouts().layout(path, Section.SCHOOLS, s.name(), List.of(Layouts.sectionCrumb(Section.SCHOOLS)),
                        notes),
                s.name(), Names.address(s.address()),
                s.denomination(),
                new Link(root + SitePaths.board(board.id()), Names.board(board)),
                new Link(root + SitePaths.area(s.area()), index.area(s.area()).name()),
                Layouts.blankToNull(s.website()), histories.view(s.history(), PlaceKind.SCHOOL), kindcentra,
                Cards.namedKindcentrum(s.name())
                        ? "De naam van deze school noemt een kindcentrum. Deze atlas heeft daar nog geen gegevens over."
                        : "Deze school hoort (nog) niet bij een kindcentrum.",
                nearby,
                ctx.maps().school(s, root));
        return new Page(path, view);
    }

    public Page childcare(ChildcareLocation c) {
        AtlasIndex index = ctx.index();
        String path = SitePaths.childcare(c.id());
        String root = Page.rootFrom(path);
        ChildcareHolder holder = index.holder(c.holder());
        SourceNotes notes = ctx.notes().add(c.source(), "de gegevens van de opvanglocatie");
        notes.add(holder.source(), "de gegevens van de opvangorganisatie");

        List<ChildcareView.CareTypeView> types = new ArrayList<>();
        for (CareType type : c.careTypes()) {
            Integer places = c.places().get(type);
            types.add(new ChildcareView.CareTypeView(Labels.careType(type), Labels.careTypeExplained(type),
                    places == null ? null : Dutch.count(places, "kindplaats", "kindplaatsen")));
        }
        List<Card> kindcentra = kindcentra(root, index.kindcentraByChildcare(c.id()), notes);
        NearestIndex<School> open = openSchools.computeIfAbsent(c.area(), a -> new NearestIndex<>(
                index.schoolsWithin(a).stream().filter(openPlaces::open).toList(), School::coordinates));
        Nearby nearby = NearbyPlaces.of(c.coordinates(), open, s -> {
            notes.add(s.source(), "de gegevens van de scholen in de buurt");
            return ctx.cards().school(root, s);
        }, root, index.area(c.area()), "basisschool", "basisscholen",
                "scholen");
        ChildcareView view = new ChildcareView(
                ctx.layouts().layout(path, Section.CHILDCARE, c.name(),
                        List.of(Layouts.sectionCrumb(Section.CHILDCARE)), notes),
                c.name(), Layouts.blankToNull(c.lrk()),
                new Link(root + SitePaths.holder(holder.id()), holder.name()),
                types, new Explained(Labels.vve(c.vve()), Labels.vveExplained(c.vve())),
                Names.address(c.address()),
                new Link(root + SitePaths.area(c.area()), index.area(c.area()).name()),
                Actions.of(c.website(), c.phone(), c.lrk(), c.lrkUrl()), histories.view(c.history(), PlaceKind.CHILDCARE),
                kindcentra,
                nearby, ctx.maps().childcare(c, root));
        return new Page(path, view);
    }

    private List<Card> kindcentra(String root, List<Kindcentrum> list, SourceNotes notes) {
        List<Card> cards = new ArrayList<>(list.size());
        for (Kindcentrum k : list) {
            cards.add(ctx.cards().kindcentrum(root, k));
            notes.add(k.source(), "de belangstelling van de kindcentra");
            for (var a : k.assessments()) {
                notes.add(a.source(), "de ambitieniveaus");
            }
        }
        return cards;
    }
}
