package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Policy;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.monitor.Monitor;
import nl.ikcatlas.monitor.ThemeDistribution;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.view.shared.ChartView;
import nl.ikcatlas.view.shared.Charts;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListPages;
import nl.ikcatlas.view.shared.ListView;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the monitor page: the levels of all kindcentra at a glance, for the council and the partners. */
public final class MonitorPage {
    /** Sorts and filters the table; copied with the other assets from templates/assets/. */
    public static final String SCRIPT = "assets/monitor.js";

    private final ViewContext ctx;

    public MonitorPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The monitor; in an atlas with more kindcentra than the limit a summary, followed by the monitor of
     * every area with a kindcentrum in it (or in a wijk inside it), each with the table of those kindcentra.
     * An area with more kindcentra than the limit has its table split over numbered pages
     * ({@code monitor/gebied/<id>.html}, {@code monitor/gebied/<id>/2.html}, ...); the first has the rest.
     */
    public List<PageSource> pages() {
        List<PageSource> pages = new ArrayList<>();
        pages.add(PageSource.lazy(SitePaths.MONITOR, () -> new Page(SitePaths.MONITOR,
                view(SitePaths.MONITOR, "Monitor", List.of(), ctx.notes(), perArea()))));
        if (!perArea()) {
            return pages;
        }
        int perPage = ctx.limits().kindcentra();
        for (Area a : ctx.index().sortedAreas()) {
            List<Kindcentrum> within = ctx.index().kindcentraWithin(a.id());
            String first = SitePaths.monitorOfArea(a.id());
            String title = "Monitor " + a.name();
            int count = (within.size() + perPage - 1) / perPage;
            for (int n = 1; n <= count; n++) {
                int page = n;
                String path = ListPages.pagePath(first, n);
                List<Link> parents = new ArrayList<>(List.of(Layouts.sectionCrumb(Section.MONITOR)));
                if (n > 1) {
                    parents.add(new Link(first, title));
                }
                pages.add(PageSource.lazy(path, () -> new Page(path, view(within,
                        within.subList((page - 1) * perPage, Math.min(within.size(), page * perPage)), false, path,
                        ListPages.title(title, page, count), parents, ctx.notes(), false,
                        count == 1 ? null : ctx.lists().pager(first, page, count, null, List.of())))));
            }
        }
        return pages;
    }

    /** Whether the atlas has more kindcentra than one page of the monitor shows. */
    public boolean perArea() {
        return ctx.index().sortedKindcentra().size() > ctx.limits().kindcentra();
    }

    /**
     * The monitor of the whole atlas as part of the page at {@code path} (a page at the site root); {@code notes}
     * may already hold the sources of the page's other parts, and the layout is made after all of them. When
     * {@code summary}, the kindcentra are counted per area and per interest instead of named.
     */
    public MonitorView view(String path, String title, List<Link> parents, SourceNotes notes, boolean summary) {
        List<Kindcentrum> all = ctx.index().sortedKindcentra();
        return view(all, all, summary, path, title, parents, notes, true, null);
    }

    /**
     * The monitor of {@code kindcentra} at {@code path}, with the table rows of {@code rows} (some of them, on
     * a page of a split table: {@code pager} leads to the others, and is null otherwise). With {@code areaPages}
     * it is the summary of a large atlas: the table stays off the page (the monitor of each area has it) and
     * the kindcentra per interest are counted, not named. The municipality's policy is shown {@code withPolicy}.
     */
    private MonitorView view(List<Kindcentrum> kindcentra, List<Kindcentrum> rows, boolean areaPages, String path,
            String title, List<Link> parents, SourceNotes notes, boolean withPolicy, ListView.Pager pager) {
        Atlas atlas = ctx.index().atlas();
        String root = Page.rootFrom(path);
        Monitor monitor = new Monitor(atlas.instrument());
        List<Theme> themes = atlas.instrument().themes();
        List<MonitorView.ThemeKey> themeLinks = new ArrayList<>(themes.size());
        for (Theme t : themes) {
            themeLinks.add(new MonitorView.ThemeKey(MonitorTableBuilder.code(themeLinks.size()),
                    new Link(root + SitePaths.INSTRUMENT + "#" + t.id(), t.name())));
        }

        MonitorTable table = new MonitorTableBuilder(ctx, monitor, themes, notes).table(rows, root);
        MonitorSummary summary = new MonitorSummaryBuilder(ctx, monitor, themes).summary(kindcentra, root, areaPages);
        Map<InterestCategory, List<Link>> byInterest = new EnumMap<>(InterestCategory.class);
        for (Kindcentrum k : kindcentra) {
            if (k.interest() != null) {
                notes.add(k.source(), "de belangstelling van de kindcentra");
                byInterest.computeIfAbsent(k.interest(), x -> new ArrayList<>())
                        .add(new Link(root + SitePaths.kindcentrum(k.id()), k.name()));
            }
        }
        List<MonitorView.InterestGroup> interest = new ArrayList<>();
        for (InterestCategory c : InterestCategory.values()) {
            List<Link> named = byInterest.getOrDefault(c, List.of());
            interest.add(new MonitorView.InterestGroup("belangstelling-" + c.code(), Labels.interest(c),
                    Labels.interestExplained(c), areaPages ? List.of() : named,
                    areaPages ? Dutch.count(named.size(), "kindcentrum", "kindcentra") + "." : null));
        }
        List<Link> areaPageLinks = new ArrayList<>();
        if (areaPages) {
            for (Area a : ctx.index().sortedAreas()) {
                if (!ctx.index().kindcentraWithin(a.id()).isEmpty()) {
                    areaPageLinks.add(new Link(root + SitePaths.monitorOfArea(a.id()), a.name()));
                }
            }
        }

        List<String> levelNames = new ArrayList<>();
        for (AmbitionLevel l : atlas.instrument().levels()) {
            levelNames.add(l.name() + " (" + (levelNames.size() + 1) + ")");
        }
        List<MonitorView.DistributionRow> distribution = new ArrayList<>();
        List<Charts.Item> items = new ArrayList<>();
        int largest = 0;
        for (ThemeDistribution d : monitor.distribution(kindcentra)) {
            distribution.add(new MonitorView.DistributionRow(d.theme().name(),
                    d.counts().stream().map(String::valueOf).toList(), String.valueOf(d.total())));
            items.add(new Charts.Item(d.theme().name(), d.counts()));
            largest = Math.max(largest, d.total());
        }
        ChartView chart = Charts.stacked("verdeling", "Aantal kindcentra per niveau, per thema",
                "Per thema een balk. De delen van de balk tonen hoeveel kindcentra op elk niveau zitten."
                        + " De tabel hieronder geeft dezelfde getallen.",
                Charts.levelCategories("verdeling", levelNames), items, largest, "kindcentrum", "kindcentra");

        MonitorView.PolicyView policy = withPolicy ? policy(atlas.settings().policy(), notes) : null;
        return new MonitorView(ctx.layouts().layout(path, Section.MONITOR, title, parents, notes),
                themeLinks, summary, table, areaPageLinks, pager, root + SCRIPT, chart, levelNames, distribution, interest,
                policy);
    }

    private MonitorView.PolicyView policy(Policy policy, SourceNotes notes) {
        if (policy == null || policy.role() == null) {
            return null;
        }
        String source = null;
        if (policy.source() != null) {
            notes.add(policy.source(), "het beleid van de gemeente");
            Source s = ctx.index().source(policy.source());
            source = s == null ? null : SourceNotes.cite(s);
        }
        return new MonitorView.PolicyView(policy.role().code() + "e", Labels.roleExplained(policy.role()),
                Layouts.blankToNull(policy.description()), Layouts.blankToNull(policy.budget()), source);
    }
}
