package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.Toddlers;
import nl.ikcatlas.monitor.AreaSummary;

/** Turns an {@link AreaSummary} into rows of text for the area page and the monitor. */
public final class AreaFigures {
    private final Map<String, Source> sources;

    public AreaFigures(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** Cites, on a page of figures of all areas, where the schools, the childcare and the kindcentra come from. */
    public static void notePlaceSources(AtlasIndex index, SourceNotes notes) {
        index.sortedSchools().forEach(s -> notes.add(s.source(), "de gegevens van de scholen"));
        index.sortedChildcare().forEach(c -> notes.add(c.source(), "de gegevens van de opvang"));
        index.sortedKindcentra().forEach(k -> notes.add(k.source(), "de plannen van de kindcentra"));
    }

    /** {@code root} makes the kindcentrum links relative to the page. */
    public AreaFiguresView view(AreaSummary s, String root, SourceNotes notes) {
        List<AreaFiguresView.FigureRow> rows = new ArrayList<>();
        rows.add(row("Scholen", s.schools()));
        rows.add(new AreaFiguresView.FigureRow("Leerlingen", pupils(s, notes)));
        rows.add(row("Opvanglocaties", s.childcareLocations()));
        for (CareType type : CareType.values()) {
            if (s.locationsByCareType().getOrDefault(type, 0) > 0) {
                rows.add(new AreaFiguresView.FigureRow(Dutch.capitalise(Labels.careTypeShort(type)), care(s, type)));
            }
        }
        rows.add(row("Locaties met VVE", s.vveLocations()));
        for (InterestCategory c : InterestCategory.values()) {
            int n = s.interest().getOrDefault(c, 0);
            if (n > 0) {
                rows.add(new AreaFiguresView.FigureRow("Belangstelling " + Labels.interest(c),
                        Dutch.count(n, "kindcentrum", "kindcentra")));
            }
        }
        for (HousingSituation h : HousingSituation.values()) {
            int n = s.housing().getOrDefault(h, 0);
            if (n > 0) {
                rows.add(new AreaFiguresView.FigureRow("Huisvesting: " + Dutch.lowerFirst(Labels.housing(h)),
                        Dutch.count(n, "kindcentrum", "kindcentra")));
            }
        }
        String toddlers = null;
        String toddlersSource = null;
        Toddlers t = s.toddlers();
        if (t != null) {
            toddlers = Dutch.count(t.count(), "peuter", "peuters") + " (2 tot 4 jaar) in " + t.year()
                    + (t.atRisk() == null ? "" : ", van wie " + Dutch.number(t.atRisk()) + " met kans op een achterstand");
            toddlersSource = toddlersSource(t, notes);
        }
        List<AreaFiguresView.KindcentrumRow> kindcentra = new ArrayList<>();
        for (Kindcentrum k : s.kindcentra()) {
            kindcentra.add(plans(k, root));
        }
        return new AreaFiguresView(rows, toddlers, toddlersSource, kindcentra);
    }

    /** "1.234", "1.234 (van 3 scholen bekend)", "Niet bekend", or "0" without schools; cites the sources of the numbers. */
    public String pupils(AreaSummary s, SourceNotes notes) {
        if (s.schools() == 0) {
            return "0";
        }
        if (s.schoolsWithPupils() == 0) {
            return "Niet bekend";
        }
        s.pupilSources().forEach(source -> notes.add(source, "de aantallen leerlingen"));
        String pupils = Dutch.number(s.pupils());
        if (s.schoolsWithPupils() < s.schools()) {
            pupils += " (van " + Dutch.count(s.schoolsWithPupils(), "school", "scholen") + " bekend)";
        }
        return pupils;
    }

    /** "9 locaties, 256 kindplaatsen" for the locations of {@code type}; without places when they are not given. */
    private static String care(AreaSummary s, CareType type) {
        int locations = s.locationsByCareType().getOrDefault(type, 0);
        Integer places = s.places().get(type);
        return Dutch.count(locations, "locatie", "locaties")
                + (places == null ? "" : ", " + Dutch.count(places, "kindplaats", "kindplaatsen"));
    }

    /** The citation of the toddler figures' source, noted for the page; null without a known source. */
    public String toddlersSource(Toddlers t, SourceNotes notes) {
        Source source = t.source() == null ? null : sources.get(t.source());
        if (source == null) {
            return null;
        }
        notes.add(t.source(), "het aantal peuters");
        return SourceNotes.cite(source);
    }

    /** A kindcentrum's scenario, lead, interest, housing and open wishes, linked relative to {@code root}. */
    public static AreaFiguresView.KindcentrumRow plans(Kindcentrum k, String root) {
        return new AreaFiguresView.KindcentrumRow(new Link(root + SitePaths.kindcentrum(k.id()), k.name()),
                k.scenario() == null ? "" : Labels.scenario(k.scenario()),
                k.lead() == null ? "" : Labels.lead(k.lead()),
                k.interest() == null ? "" : Labels.interest(k.interest()),
                k.housing() == null || k.housing().situation() == null ? "" : Labels.housing(k.housing().situation()),
                k.housing() == null ? null : Layouts.blankToNull(k.housing().wishes()));
    }

    private static AreaFiguresView.FigureRow row(String label, int n) {
        return new AreaFiguresView.FigureRow(label, Dutch.number(n));
    }
}
