package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Policy;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.monitor.Monitor;
import nl.ikcatlas.monitor.ThemeDistribution;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.ChartView;
import nl.ikcatlas.view.shared.Charts;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
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

    public Page page() {
        return new Page(SitePaths.MONITOR, view(SitePaths.MONITOR, "Monitor", List.of(), ctx.notes()));
    }

    /**
     * The monitor as part of the page at {@code path} (a page at the site root); {@code notes} may
     * already hold the sources of the page's other parts, and the layout is made after all of them.
     */
    public MonitorView view(String path, String title, List<Link> parents, SourceNotes notes) {
        Atlas atlas = ctx.index().atlas();
        Monitor monitor = new Monitor(atlas.instrument());
        List<Theme> themes = atlas.instrument().themes();
        List<MonitorView.ThemeKey> themeLinks = new ArrayList<>(themes.size());
        for (Theme t : themes) {
            themeLinks.add(new MonitorView.ThemeKey(MonitorTableBuilder.code(themeLinks.size()),
                    new Link("instrument.html#" + t.id(), t.name())));
        }

        MonitorTable table = new MonitorTableBuilder(ctx, monitor, themes, notes).table();
        MonitorSummary summary = new MonitorSummaryBuilder(ctx, monitor, themes).summary();
        Map<InterestCategory, List<Link>> byInterest = new EnumMap<>(InterestCategory.class);
        for (Kindcentrum k : ctx.index().sortedKindcentra()) {
            if (k.interest() != null) {
                notes.add(k.source(), "de belangstelling van de kindcentra");
                byInterest.computeIfAbsent(k.interest(), x -> new ArrayList<>())
                        .add(new Link(SitePaths.kindcentrum(k.id()), k.name()));
            }
        }
        List<MonitorView.InterestGroup> interest = new ArrayList<>();
        for (InterestCategory c : InterestCategory.values()) {
            interest.add(new MonitorView.InterestGroup("belangstelling-" + c.code(), Labels.interest(c),
                    Labels.interestExplained(c), byInterest.getOrDefault(c, List.of())));
        }

        List<String> levelNames = new ArrayList<>();
        for (AmbitionLevel l : atlas.instrument().levels()) {
            levelNames.add(l.name() + " (" + (levelNames.size() + 1) + ")");
        }
        List<MonitorView.DistributionRow> distribution = new ArrayList<>();
        List<Charts.Item> items = new ArrayList<>();
        int largest = 0;
        for (ThemeDistribution d : monitor.distribution(atlas.kindcentra())) {
            distribution.add(new MonitorView.DistributionRow(d.theme().name(),
                    d.counts().stream().map(String::valueOf).toList(), String.valueOf(d.total())));
            items.add(new Charts.Item(d.theme().name(), d.counts()));
            largest = Math.max(largest, d.total());
        }
        ChartView chart = Charts.stacked("verdeling", "Aantal kindcentra per niveau, per thema",
                "Per thema een balk. De delen van de balk tonen hoeveel kindcentra op elk niveau zitten."
                        + " De tabel hieronder geeft dezelfde getallen.",
                Charts.levelCategories("verdeling", levelNames), items, largest, "kindcentrum", "kindcentra");

        MonitorView.PolicyView policy = policy(atlas.settings().policy(), notes);
        return new MonitorView(ctx.layouts().layout(path, Section.MONITOR, title, parents, notes),
                themeLinks, summary, table, Page.rootFrom(path) + SCRIPT, chart, levelNames, distribution, interest, policy);
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
