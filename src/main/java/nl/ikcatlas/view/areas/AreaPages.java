package nl.ikcatlas.view.areas;

import java.util.ArrayList;
import java.util.List;
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
        List<School> schoolList = index.schoolsWithin(a.id());
        List<Card> schools = new ArrayList<>();
        for (School s : schoolList) {
            schools.add(ctx.cards().school(root, s));
            notes.add(s.source(), "de gegevens van de scholen");
        }
        List<ChildcareLocation> childcareList = index.childcareWithin(a.id());
        List<Card> childcare = new ArrayList<>();
        for (ChildcareLocation c : childcareList) {
            childcare.add(ctx.cards().childcare(root, c));
            notes.add(c.source(), "de gegevens van de opvang");
        }
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
                subAreas, figures, summary, kindcentra, schools, childcare, ctx.maps().area(a, root));
        return new Page(path, view);
    }

    private static Figure figure(int n, String one, String many) {
        return new Figure(Dutch.number(n), n == 1 ? one : many, null);
    }
}
