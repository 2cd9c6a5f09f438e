package nl.ikcatlas.view.monitor;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.monitor.AssessmentEvent;
import nl.ikcatlas.monitor.Change;
import nl.ikcatlas.monitor.ChangeLog;
import nl.ikcatlas.monitor.Monitor;
import nl.ikcatlas.monitor.ProvisionEvent;
import nl.ikcatlas.monitor.ThemeShift;
import nl.ikcatlas.monitor.YearOfChanges;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the page "Wat is er veranderd?" from the {@link ChangeLog}. */
public final class ChangesPage {

    private final ViewContext ctx;

    public ChangesPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page page() {
        SourceNotes notes = ctx.notes();
        List<ChangesView.Year> years = years(notes);
        ChangesView view = new ChangesView(ctx.layouts().layout(SitePaths.CHANGES, Section.MONITOR, "Wat is er veranderd?",
                List.of(Layouts.sectionCrumb(Section.MONITOR)), notes), years);
        return new Page(SitePaths.CHANGES, view);
    }

    /** The Atom feed of this page, for a site with an address ({@code base_url}). */
    public SiteFile feed() {
        return new ChangesFeed(ctx.layouts().address(), "Wijzigingen in de " + ctx.layouts().siteName(),
                ctx.layouts().contact().organisation(), ctx.index().atlas().settings().edition())
                .file(years(ctx.notes()));
    }

    /** The changes per year, newest first, with links relative to the site root. */
    public List<ChangesView.Year> years(SourceNotes notes) {
        Atlas atlas = ctx.index().atlas();
        Monitor monitor = new Monitor(atlas.instrument());
        ChangeLog log = new ChangeLog(atlas, monitor, Collator.getInstance(Dutch.LOCALE));
        LocalDate edition = atlas.settings().edition();
        List<ChangesView.Year> years = new ArrayList<>();
        for (YearOfChanges y : log.years()) {
            String anchor = "jaar-" + y.year();
            LocalDate last = LocalDate.MIN;
            List<ChangesView.AssessmentItem> assessments = new ArrayList<>();
            long up = 0;
            long down = 0;
            for (AssessmentEvent e : y.assessments()) {
                if (e.assessment().source() != null) {
                    notes.add(e.assessment().source(), "de ambitieniveaus");
                }
                LocalDate measured = e.assessment().date();
                last = latest(last, measured != null ? measured : LocalDate.of(y.year(), 12, 31));
                Link link = new Link(SitePaths.kindcentrum(e.kindcentrum().id()), e.kindcentrum().name());
                if (e.previous() == null) {
                    assessments.add(new ChangesView.AssessmentItem(link, "Eerste meting.", List.of(), false));
                    continue;
                }
                List<String> shifts = new ArrayList<>();
                for (ThemeShift s : e.shifts()) {
                    if (s.change() != Change.SAME && s.from() > 0 && s.to() > 0) {
                        shifts.add(s.theme().name() + ": " + (s.change() == Change.UP ? "hoger" : "lager") + ", van "
                                + ctx.scale().view(s.fromLevel()).name() + " naar " + ctx.scale().view(s.toLevel()).name()
                                + ".");
                    }
                }
                String summary = Dutch.capitalise(Dutch.count(e.count(Change.UP), "thema", "thema's")) + " hoger, "
                        + e.count(Change.DOWN) + " lager en " + e.count(Change.SAME) + " gelijk, vergeleken met "
                        + e.previous().year() + ".";
                up += e.count(Change.UP);
                down += e.count(Change.DOWN);
                assessments.add(new ChangesView.AssessmentItem(link, summary, shifts, e.count(Change.DOWN) > 0));
            }
            List<ChangesView.ProvisionItem> provisions = new ArrayList<>();
            Map<ProvisionEvent.Kind, Integer> kinds = new EnumMap<>(ProvisionEvent.Kind.class);
            for (ProvisionEvent p : y.provisions()) {
                kinds.merge(p.kind(), 1, Integer::sum);
                if (p.source() != null) {
                    notes.add(p.source(), "de openingen, sluitingen en nieuwe namen");
                }
                last = latest(last, p.date());
                provisions.add(new ChangesView.ProvisionItem(Dutch.date(p.date()), text(p), link(p)));
            }
            ChangesView.Tally tally = new ChangesView.Tally(Dutch.number(assessments.size()), Dutch.number(up),
                    Dutch.number(down), Dutch.number(kinds.getOrDefault(ProvisionEvent.Kind.OPENED, 0)),
                    Dutch.number(kinds.getOrDefault(ProvisionEvent.Kind.CLOSED, 0)),
                    Dutch.number(kinds.getOrDefault(ProvisionEvent.Kind.RENAMED, 0)), down > 0);
            years.add(new ChangesView.Year(anchor, String.valueOf(y.year()), tally, assessments, provisions,
                    last.isAfter(edition) ? edition : last));
        }
        return years;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    /** One plain sentence: "Opvanglocatie De Wei is gesloten.", "Kindcentrum Zuid is gestart." */
    private static String text(ProvisionEvent p) {
        String place = switch (p.place()) {
            case SCHOOL -> "school";
            case CHILDCARE -> "opvanglocatie";
            case KINDCENTRUM -> "kindcentrum";
        };
        boolean kindcentrum = p.place() == PlaceKind.KINDCENTRUM;
        return switch (p.kind()) {
            case OPENED -> named(place, p.name()) + (kindcentrum ? " is gestart." : " is geopend.");
            case CLOSED -> named(place, p.name()) + (kindcentrum ? " is gestopt." : " is gesloten.");
            case RENAMED -> named(place, p.formerName()) + " heet nu " + p.name() + ".";
        };
    }

    /** "Opvanglocatie De Wei", but "Kindcentrum Zuid" rather than "Kindcentrum Kindcentrum Zuid". */
    private static String named(String place, String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return first.equalsIgnoreCase(place) ? name : Dutch.capitalise(place) + " " + name;
    }

    private Link link(ProvisionEvent p) {
        String href = switch (p.place()) {
            case SCHOOL -> ctx.index().school(p.id()) != null ? SitePaths.school(p.id()) : null;
            case CHILDCARE -> ctx.index().childcare(p.id()) != null ? SitePaths.childcare(p.id()) : null;
            case KINDCENTRUM -> SitePaths.kindcentrum(p.id());
        };
        return href == null ? null : new Link(href, "Pagina van " + p.name());
    }
}
