package nl.ikcatlas.view.monitor;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.ChartView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListView;

/**
 * The monitor: what changed since the previous assessments at a glance ({@code summary}), one table
 * of every kindcentrum's latest levels per theme with the change since its previous assessment, and
 * {@code scriptHref} the script that sorts and filters it (in an atlas with too many kindcentra for one page
 * {@code areaPages} lead to the monitor of each area, which shows the table, and is empty otherwise; an
 * area with more kindcentra than one page shows has its table over numbered pages, which {@code pager} leads
 * to, and only the first has the other parts); per theme how many
 * kindcentra are at each level (chart and table); the kindcentra per interest category; and the
 * municipality's policy ({@code policy} null when not given).
 */
public record MonitorView(
        Layout layout,
        List<ThemeKey> themes,
        MonitorSummary summary,
        MonitorTable table,
        List<Link> areaPages,
        ListView.Pager pager,
        String scriptHref,
        ChartView chart,
        List<String> levelNames,
        List<DistributionRow> distribution,
        List<InterestGroup> interest,
        PolicyView policy) implements PageView {
    @Override
    public String template() {
        return "monitor.ftl";
    }

    public MonitorView {
        themes = List.copyOf(themes);
        areaPages = List.copyOf(areaPages);
        levelNames = List.copyOf(levelNames);
        distribution = List.copyOf(distribution);
        interest = List.copyOf(interest);
    }

    /** A theme's short code ("T3") as in the table's headings, with a link to its explanation. */
    public record ThemeKey(String code, Link theme) {
    }

    public record DistributionRow(String theme, List<String> counts, String total) {
        public DistributionRow {
            counts = List.copyOf(counts);
        }
    }

    /** {@code counted}: "412 kindcentra." when they are counted instead of named (then {@code kindcentra} is empty). */
    public record InterestGroup(String anchor, String name, String explanation, List<Link> kindcentra, String counted) {
        public InterestGroup {
            kindcentra = List.copyOf(kindcentra);
        }
    }

    /** The role with one plain sentence about it, the budget (or null) and the cited source. */
    public record PolicyView(String role, String roleExplained, String description, String budget, String source) {
    }
}
