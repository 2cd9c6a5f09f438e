package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.monitor.Change;
import nl.ikcatlas.monitor.LocationChange;
import nl.ikcatlas.monitor.Monitor;
import nl.ikcatlas.monitor.ThemeShift;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.LevelView;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * Adds up each kindcentrum's change since its previous assessment, per area and in total. Only themes
 * with a level in both assessments count; a kindcentrum with one assessment has nothing to compare.
 */
public final class MonitorSummaryBuilder {
    private final ViewContext ctx;
    private final Monitor monitor;
    private final List<Theme> themes;

    public MonitorSummaryBuilder(ViewContext ctx, Monitor monitor, List<Theme> themes) {
        this.ctx = ctx;
        this.monitor = monitor;
        this.themes = themes;
    }

    /**
     * The summary of {@code kindcentra}, with links relative to {@code root}; with {@code areaPages} each
     * area's row links to the monitor of that area.
     */
    public MonitorSummary summary(List<Kindcentrum> kindcentra, String root, boolean areaPages) {
        Map<String, Tally> byArea = new LinkedHashMap<>();
        for (Area a : ctx.index().sortedAreas()) {
            byArea.put(a.id(), new Tally(a.name(), areaPages ? root + SitePaths.monitorOfArea(a.id()) : null));
        }
        Tally total = new Tally("Totaal", null);
        List<MonitorSummary.Decline> declines = new ArrayList<>();
        for (Kindcentrum k : kindcentra) {
            Tally area = byArea.computeIfAbsent(k.area(), id -> new Tally(id, null));
            area.kindcentra++;
            total.kindcentra++;
            LocationChange change = monitor.change(k);
            if (change == null) {
                continue;
            }
            area.compared++;
            total.compared++;
            List<String> down = new ArrayList<>();
            for (ThemeShift s : change.shifts()) {
                if (!s.comparable()) {
                    continue;
                }
                area.add(s.change());
                total.add(s.change());
                if (s.change() == Change.DOWN) {
                    down.add(themeName(s.theme()) + ": van " + level(s.fromLevel()) + " naar " + level(s.toLevel()));
                }
            }
            if (!down.isEmpty()) {
                declines.add(new MonitorSummary.Decline(new Link(root + SitePaths.kindcentrum(k.id()), k.name()),
                        area.name, "in " + change.latest().year() + ", vergeleken met " + change.previous().year(), down));
            }
        }
        List<MonitorSummary.AreaRow> areas = new ArrayList<>();
        for (Tally t : byArea.values()) {
            if (t.kindcentra > 0) {
                areas.add(t.row());
            }
        }
        return new MonitorSummary(sentence(total), areas, total.row(), declines);
    }

    /** "Sinds de vorige meting gingen 31 thema's omhoog, bleven er 56 gelijk en ging er 1 omlaag." */
    private static String sentence(Tally total) {
        if (total.compared == 0) {
            return "Nog geen enkel kindcentrum heeft twee metingen, dus er is nog niets te vergelijken.";
        }
        return "Sinds de vorige meting " + (total.up == 1 ? "ging " : "gingen ") + Dutch.count(total.up, "thema", "thema's")
                + " omhoog, " + (total.same == 1 ? "bleef er " : "bleven er ") + Dutch.number(total.same)
                + " gelijk en " + (total.down == 1 ? "ging er " : "gingen er ") + Dutch.number(total.down)
                + " omlaag. Dat gaat over " + Dutch.count(total.compared, "kindcentrum", "kindcentra") + " met twee "
                + "of meer metingen, van de " + Dutch.number(total.kindcentra) + ".";
    }

    private String themeName(Theme theme) {
        return theme.name() + " (" + MonitorTableBuilder.code(themes.indexOf(theme)) + ")";
    }

    private String level(String id) {
        LevelView level = ctx.scale().view(id);
        return level.name() + " (" + level.number() + ")";
    }

    private static final class Tally {
        final String name;
        final String href;
        int kindcentra;
        int compared;
        int up;
        int same;
        int down;

        Tally(String name, String href) {
            this.name = name;
            this.href = href;
        }

        void add(Change change) {
            switch (change) {
                case UP -> up++;
                case SAME -> same++;
                case DOWN -> down++;
            }
        }

        MonitorSummary.AreaRow row() {
            return new MonitorSummary.AreaRow(name, href, Dutch.number(compared) + " van " + Dutch.number(kindcentra),
                    Dutch.number(up), Dutch.number(same), Dutch.number(down), down > 0);
        }
    }
}
