package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.monitor.AreaSummaries;
import nl.ikcatlas.monitor.AreaSummary;
import nl.ikcatlas.monitor.ToddlerFigure;

/**
 * Builds one table of the figures of every area, a row per area, as the council report shows them:
 * narrow tables with short cells, so that they fit on A4 however many areas there are.
 */
public final class AreaComparison {
    private final ViewContext ctx;

    public AreaComparison(ViewContext ctx) {
        this.ctx = ctx;
    }

    /** Links relative to {@code root}; the sources of the figures are added to {@code notes}. */
    public AreaComparisonView view(String root, SourceNotes notes) {
        AreaSummaries summaries = new AreaSummaries(ctx.index().atlas());
        AreaFigures figures = new AreaFigures(ctx.index().sources());
        AreaFigures.notePlaceSources(ctx.index(), notes);
        List<AreaSummary> areas = new ArrayList<>();
        Set<CareType> careTypes = EnumSet.noneOf(CareType.class);
        for (Area a : ctx.index().sortedAreas()) {
            notes.add(a.source(), "de gegevens van de gebieden");
            AreaSummary s = summaries.of(a.id());
            areas.add(s);
            careTypes.addAll(s.locationsByCareType().keySet());
        }
        List<String> careColumns = new ArrayList<>();
        careTypes.forEach(type -> careColumns.add(Dutch.capitalise(Labels.careTypeShort(type))));
        List<AreaComparisonView.Row> places = new ArrayList<>(areas.size());
        List<AreaComparisonView.Row> care = new ArrayList<>(areas.size());
        List<AreaComparisonView.Row> toddlers = new ArrayList<>(areas.size());
        for (AreaSummary s : areas) {
            Link area = new Link(root + SitePaths.area(s.area().id()), s.area().name());
            places.add(new AreaComparisonView.Row(area, List.of(Dutch.number(s.schools()), figures.pupils(s, notes),
                    Dutch.number(s.childcareLocations()), Dutch.number(s.vveLocations()),
                    Dutch.number(s.kindcentra().size()))));
            care.add(new AreaComparisonView.Row(area, careTypes.stream().map(type -> care(s, type)).toList()));
            ToddlerFigure t = s.toddlers();
            if (t != null) {
                figures.toddlersSource(t, notes);
            }
            toddlers.add(new AreaComparisonView.Row(area, t == null ? List.of("Niet bekend", "Niet bekend", "")
                    : List.of(Dutch.number(t.count()), t.atRisk() == null ? "Niet bekend" : Dutch.number(t.atRisk()),
                            t.year() + (t.summed() ? ", som van de wijken" : ""))));
        }
        return new AreaComparisonView(List.of(
                new AreaComparisonView.Table("gebieden-plekken", "Scholen, opvang en kindcentra per gebied",
                        List.of("Scholen", "Leerlingen", "Opvanglocaties", "Locaties met VVE", "Kindcentra"), places),
                new AreaComparisonView.Table("gebieden-opvang",
                        "Opvang per gebied: locaties, met tussen haakjes de kindplaatsen als die bekend zijn", careColumns,
                        care),
                new AreaComparisonView.Table("gebieden-peuters", "Peuters (2 tot 4 jaar) per gebied",
                        List.of("Peuters", "Met kans op een achterstand", "Geteld in"), toddlers)));
    }

    /** "8 (240)": the locations of {@code type} and, when given, their places. */
    private static String care(AreaSummary s, CareType type) {
        int locations = s.locationsByCareType().getOrDefault(type, 0);
        Integer places = s.places().get(type);
        return Dutch.number(locations) + (places == null ? "" : " (" + Dutch.number(places) + ")");
    }
}
