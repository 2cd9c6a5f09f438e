package nl.ikcatlas.view.monitor;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.Area;
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
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * Builds the page "Wat is er veranderd?" from the {@link ChangeLog}. In an atlas with more changes than the
 * limit that page gives the numbers per year and leads to a page per area with the changes there.
 */
public final class ChangesPage {

    private final ViewContext ctx;

    public ChangesPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    /** The changes page, and in a large atlas the changes of every area with a change in it or in a wijk inside it. */
    public List<PageSource> pages() {
        List<YearOfChanges> log = log();
        Map<String, Integer> perArea = new HashMap<>();
        int total = 0;
        for (YearOfChanges y : log) {
            for (AssessmentEvent e : y.assessments()) {
                count(e.kindcentrum().area(), perArea);
            }
            for (ProvisionEvent p : y.provisions()) {
                count(areaOf(p), perArea);
            }
            total += y.assessments().size() + y.provisions().size();
        }
        List<PageSource> pages = new ArrayList<>();
        if (total <= ctx.limits().changes()) {
            pages.add(PageSource.lazy(SitePaths.CHANGES, () -> page(log, List.of())));
            return pages;
        }
        List<ChangesView.AreaChanges> areas = new ArrayList<>();
        for (Area a : ctx.index().sortedAreas()) {
            Integer changes = perArea.get(a.id());
            if (changes != null) {
                String path = SitePaths.changesOfArea(a.id());
                areas.add(new ChangesView.AreaChanges(new Link(path, a.name()),
                        Dutch.count(changes, "wijziging", "wijzigingen")));
                pages.add(PageSource.lazy(path, () -> areaPage(log, a, path)));
            }
        }
        pages.add(0, PageSource.lazy(SitePaths.CHANGES, () -> page(log, areas)));
        return pages;
    }

    /** The page of all changes; with {@code areas} only their numbers per year, and the areas' pages. */
    private Page page(List<YearOfChanges> log, List<ChangesView.AreaChanges> areas) {
        SourceNotes notes = ctx.notes();
        List<ChangesView.Year> years = years(log, notes, "", null);
        ChangesView view = new ChangesView(ctx.layouts().layout(SitePaths.CHANGES, Section.MONITOR, "Wat is er veranderd?",
                List.of(Layouts.sectionCrumb(Section.MONITOR)), notes), null, years, areas);
        return new Page(SitePaths.CHANGES, view);
    }

    /** The changes of the places in {@code area} and in the areas inside it. */
    private Page areaPage(List<YearOfChanges> log, Area area, String path) {
        SourceNotes notes = ctx.notes();
        Set<String> within = new HashSet<>();
        addWithin(area.id(), within);
        List<ChangesView.Year> years = years(log, notes, Page.rootFrom(path), within);
        ChangesView view = new ChangesView(ctx.layouts().layout(path, Section.MONITOR, "Wat is er veranderd in "
                + area.name() + "?", List.of(Layouts.sectionCrumb(Section.MONITOR), new Link(SitePaths.CHANGES,
                        "Wat is er veranderd?")), notes), area.name(), years, List.of());
        return new Page(path, view);
    }

    private void addWithin(String area, Set<String> within) {
        if (within.add(area)) {
            for (Area child : ctx.index().childAreas(area)) {
                addWithin(child.id(), within);
            }
        }
    }

    /** Counts a change for its place's area and for every area around it; a cycle (reported elsewhere) stops. */
    private void count(String area, Map<String, Integer> perArea) {
        Set<String> seen = new HashSet<>();
        for (String a = area; a != null && seen.add(a); ) {
            perArea.merge(a, 1, Integer::sum);
            Area found = ctx.index().area(a);
            a = found == null ? null : found.parent();
        }
    }

    /** The area of the place that opened, closed or got a new name. */
    private String areaOf(ProvisionEvent p) {
        return switch (p.place()) {
            case SCHOOL -> ctx.index().school(p.id()).area();
            case CHILDCARE -> ctx.index().childcare(p.id()).area();
            case KINDCENTRUM -> ctx.index().kindcentrum(p.id()).area();
        };
    }

    private List<YearOfChanges> log() {
        Atlas atlas = ctx.index().atlas();
        return new ChangeLog(atlas, new Monitor(atlas.instrument()), Collator.getInstance(Dutch.LOCALE)).years();
    }

    /** The Atom feed of this page, for a site with an address ({@code base_url}). */
    public SiteFile feed() {
        return new ChangesFeed(ctx.layouts().address(), "Wijzigingen in de " + ctx.layouts().siteName(),
                ctx.layouts().contact().organisation(), ctx.index().atlas().settings().edition())
                .file(years(ctx.notes()));
    }

    /** The changes per year, newest first, with links relative to the site root. */
    public List<ChangesView.Year> years(SourceNotes notes) {
        return years(log(), notes, "", null);
    }

    /**
     * The changes per year, newest first, with links relative to {@code root}: of the places in {@code areas},
     * or of all places when {@code areas} is null. A year without changes there is left out.
     */
    private List<ChangesView.Year> years(List<YearOfChanges> log, SourceNotes notes, String root, Set<String> areas) {
        LocalDate edition = ctx.index().atlas().settings().edition();
        List<ChangesView.Year> years = new ArrayList<>();
        for (YearOfChanges y : log) {
            String anchor = "jaar-" + y.year();
            LocalDate last = LocalDate.MIN;
            List<ChangesView.AssessmentItem> assessments = new ArrayList<>();
            long up = 0;
            long down = 0;
            for (AssessmentEvent e : y.assessments()) {
                if (areas != null && !areas.contains(e.kindcentrum().area())) {
                    continue;
                }
                if (e.assessment().source() != null) {
                    notes.add(e.assessment().source(), "de ambitieniveaus");
                }
                LocalDate measured = e.assessment().date();
                last = latest(last, measured != null ? measured : LocalDate.of(y.year(), 12, 31));
                Link link = new Link(root + SitePaths.kindcentrum(e.kindcentrum().id()), e.kindcentrum().name());
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
                if (areas != null && !areas.contains(areaOf(p))) {
                    continue;
                }
                kinds.merge(p.kind(), 1, Integer::sum);
                if (p.source() != null) {
                    notes.add(p.source(), "de openingen, sluitingen en nieuwe namen");
                }
                last = latest(last, p.date());
                provisions.add(new ChangesView.ProvisionItem(Dutch.date(p.date()), text(p), link(p, root)));
            }
            if (assessments.isEmpty() && provisions.isEmpty()) {
                continue;
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

    private Link link(ProvisionEvent p, String root) {
        String href = switch (p.place()) {
            case SCHOOL -> ctx.index().school(p.id()) != null ? SitePaths.school(p.id()) : null;
            case CHILDCARE -> ctx.index().childcare(p.id()) != null ? SitePaths.childcare(p.id()) : null;
            case KINDCENTRUM -> SitePaths.kindcentrum(p.id());
        };
        return href == null ? null : new Link(root + href, "Pagina van " + p.name());
    }
}
