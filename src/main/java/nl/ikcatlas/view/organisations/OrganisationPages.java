package nl.ikcatlas.view.organisations;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.Actions;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Names;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the pages of school boards and childcare holders. */
public final class OrganisationPages {

    private final ViewContext ctx;

    public OrganisationPages(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page board(SchoolBoard b) {
        String path = SitePaths.board(b.id());
        String root = Page.rootFrom(path);
        SourceNotes notes = ctx.notes().add(b.source(), "de gegevens van het schoolbestuur");
        List<Card> schools = new ArrayList<>();
        for (School s : ctx.index().schoolsByBoard(b.id())) {
            schools.add(ctx.cards().school(root, s));
            notes.add(s.source(), "de gegevens van de scholen");
        }
        String name = Names.board(b);
        BoardView view = new BoardView(
                ctx.layouts().layout(path, Section.BOARDS, name, List.of(Layouts.sectionCrumb(Section.BOARDS)), notes),
                name, b.number(), Layouts.blankToNull(b.denomination()), Layouts.blankToNull(b.website()), schools);
        return new Page(path, view);
    }

    public Page holder(ChildcareHolder h) {
        String path = SitePaths.holder(h.id());
        String root = Page.rootFrom(path);
        SourceNotes notes = ctx.notes().add(h.source(), "de gegevens van de opvangorganisatie");
        List<Card> locations = new ArrayList<>();
        for (ChildcareLocation c : ctx.index().childcareByHolder(h.id())) {
            locations.add(ctx.cards().childcare(root, c));
            notes.add(c.source(), "de gegevens van de opvanglocaties");
        }
        HolderView view = new HolderView(
                ctx.layouts().layout(path, Section.HOLDERS, h.name(), List.of(Layouts.sectionCrumb(Section.HOLDERS)),
                        notes),
                h.name(), Layouts.blankToNull(h.kvk()), Actions.of(h.website(), h.phone(), null, null), locations);
        return new Page(path, view);
    }
}
