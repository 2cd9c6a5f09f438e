package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.monitor.LocationChange;
import nl.ikcatlas.monitor.Monitor;
import nl.ikcatlas.monitor.ThemeShift;
import nl.ikcatlas.monitor.Timeline;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.LevelChange;
import nl.ikcatlas.view.shared.LevelView;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Option;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the monitor's table of all kindcentra: rows by area and then name, columns per theme. */
public final class MonitorTableBuilder {
    private final ViewContext ctx;
    private final Monitor monitor;
    private final List<Theme> themes;
    private final SourceNotes notes;

    public MonitorTableBuilder(ViewContext ctx, Monitor monitor, List<Theme> themes, SourceNotes notes) {
        this.ctx = ctx;
        this.monitor = monitor;
        this.themes = themes;
        this.notes = notes;
    }

    /** The table of {@code kindcentra} (in name order), with links relative to {@code root}. */
    public MonitorTable table(List<Kindcentrum> kindcentra, String root) {
        Map<String, List<Kindcentrum>> byArea = new LinkedHashMap<>();
        for (Area a : ctx.index().sortedAreas()) {
            byArea.put(a.id(), new ArrayList<>());
        }
        Set<String> shown = new HashSet<>();
        for (Kindcentrum k : kindcentra) {
            byArea.computeIfAbsent(k.area(), x -> new ArrayList<>()).add(k);
            shown.addAll(enclosing(k.area()));
        }
        List<MonitorTable.Row> rows = new ArrayList<>();
        List<Link> areaLinks = new ArrayList<>();
        for (Map.Entry<String, List<Kindcentrum>> e : byArea.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            String anchor = "gebied-" + e.getKey();
            String name = areaName(e.getKey());
            areaLinks.add(new Link("#" + anchor, name));
            String areas = String.join(" ", enclosing(e.getKey()));
            List<Kindcentrum> group = e.getValue();
            for (int i = 0; i < group.size(); i++) {
                rows.add(row(group.get(i), i == 0 ? anchor : null, areas, name, root));
            }
        }
        return new MonitorTable(columns(), rows, areaLinks, areaOptions(shown), interestOptions());
    }

    private List<MonitorTable.Column> columns() {
        List<MonitorTable.Column> columns = new ArrayList<>(4 + themes.size());
        columns.add(new MonitorTable.Column("Kindcentrum", null, MonitorTable.TEXT, null));
        columns.add(new MonitorTable.Column("Gebied", null, MonitorTable.TEXT, "ascending"));
        columns.add(new MonitorTable.Column("Belang\u00ADstelling", null, MonitorTable.NUMBER, null));
        columns.add(new MonitorTable.Column("Jaar", null, MonitorTable.NUMBER, null));
        for (int i = 0; i < themes.size(); i++) {
            columns.add(new MonitorTable.Column(code(i), themes.get(i).name(), MonitorTable.NUMBER, null));
        }
        return columns;
    }

    private MonitorTable.Row row(Kindcentrum k, String anchor, String areas, String areaName, String root) {
        Link link = new Link(root + SitePaths.kindcentrum(k.id()), k.name());
        InterestCategory interest = k.interest();
        String interestCode = interest == null ? "" : interest.code();
        String interestText = interest == null ? "Niet bekend" : Labels.interestShort(interest);
        Assessment latest = Timeline.of(k).latest();
        if (latest == null) {
            List<MonitorTable.Cell> none = new ArrayList<>(themes.size());
            for (int i = 0; i < themes.size(); i++) {
                none.add(new MonitorTable.Cell("Geen meting", "niveau-0", "", "-", null, null, null, code(i)));
            }
            return new MonitorTable.Row(anchor, link, areas, areaName, interestCode, interestText, "",
                    "Nog niet gemeten", none);
        }
        if (latest.source() != null) {
            notes.add(latest.source(), "de ambitieniveaus");
        }
        LocationChange change = monitor.change(k);
        Map<String, ThemeShift> shifts = new HashMap<>();
        if (change != null) {
            for (ThemeShift s : change.shifts()) {
                shifts.put(s.theme().id(), s);
            }
        }
        List<MonitorTable.Cell> cells = new ArrayList<>(themes.size());
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            String levelId = latest.levels().get(t.id());
            LevelView level = levelId == null ? null : ctx.scale().view(levelId);
            if (level == null) {
                cells.add(new MonitorTable.Cell("geen niveau", "niveau-0", "", "-", null, null, null, code(i)));
                continue;
            }
            LevelChange c = LevelChange.of(shifts.get(t.id()), change == null ? 0 : change.previous().year());
            cells.add(new MonitorTable.Cell(level.name() + " (" + level.number() + ")", "niveau-" + level.number(),
                    level.number(), level.number(), c == null ? null : c.arrow(), c == null ? null : c.words(),
                    c == null ? null : c.cssClass(), code(i)));
        }
        String year = String.valueOf(latest.year());
        return new MonitorTable.Row(anchor, link, areas, areaName, interestCode, interestText, year, year, cells);
    }

    /** The short code of the theme at {@code index} in the instrument's order: "T1" for the first. */
    public static String code(int index) {
        return "T" + (index + 1);
    }

    /**
     * Every area in {@code shown} (the areas with a kindcentrum of the table in it or in an area inside it):
     * kernen with their wijken below them.
     */
    private List<Option> areaOptions(Set<String> shown) {
        List<Option> options = new ArrayList<>();
        for (Area top : ctx.index().sortedAreas()) {
            if (top.parent() == null) {
                addArea(top, "", shown, options);
            }
        }
        return options;
    }

    private void addArea(Area area, String indent, Set<String> shown, List<Option> options) {
        if (!shown.contains(area.id())) {
            return;
        }
        options.add(new Option(area.id(), indent + area.name() + " ("
                + Labels.areaKind(area.kind()).toLowerCase(Dutch.LOCALE) + ")"));
        for (Area child : ctx.index().childAreas(area.id())) {
            addArea(child, indent + "\u2013 ", shown, options);
        }
    }

    private static List<Option> interestOptions() {
        List<Option> options = new ArrayList<>();
        for (InterestCategory c : InterestCategory.values()) {
            options.add(new Option(c.code(), Labels.interest(c)));
        }
        return options;
    }

    private String areaName(String id) {
        Area area = ctx.index().area(id);
        return area == null ? id : area.name();
    }

    /** The area and every area around it, nearest first; a cycle (reported by validation) stops the walk. */
    private List<String> enclosing(String id) {
        Set<String> chain = new LinkedHashSet<>();
        for (String a = id; a != null && chain.add(a); ) {
            Area area = ctx.index().area(a);
            a = area == null ? null : area.parent();
        }
        return List.copyOf(chain);
    }
}
