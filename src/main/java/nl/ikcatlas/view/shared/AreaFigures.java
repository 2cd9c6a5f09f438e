package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.monitor.AreaSummary;
import nl.ikcatlas.monitor.ToddlerFigure;

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
        ToddlerFigure t = s.toddlers();
        String toddlers = t == null ? null : toddlers(t);
        String toddlersSource = t == null ? null : toddlersSource(t, notes);
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

    /**
     * "30 peuters (2 tot 4 jaar) in 2020, van wie 3 met kans op een achterstand", saying so when the figure is
     * the sum of the wijken inside the area and which wijken have no figure for that year.
     */
    static String toddlers(ToddlerFigure t) {
        String text = Dutch.count(t.count(), "peuter", "peuters") + " (2 tot 4 jaar) in " + t.year()
                + (t.atRisk() == null ? "" : ", van wie " + Dutch.number(t.atRisk()) + " met kans op een achterstand");
        if (!t.summed()) {
            return text;
        }
        text += " (de som van " + wijken(t.summedAreas());
        if (!t.missingAreas().isEmpty()) {
            text += "; van " + wijken(t.missingAreas()) + " is geen aantal uit " + t.year() + " bekend";
        }
        return text + ")";
    }

    private static String wijken(List<String> names) {
        return (names.size() == 1 ? "de wijk " : "de wijken ") + Dutch.join(names);
    }

    /** The citations of the toddler figures' sources, noted for the page; null without a known source. */
    public String toddlersSource(ToddlerFigure t, SourceNotes notes) {
        List<String> cited = new ArrayList<>();
        for (String id : t.sources()) {
            Source source = sources.get(id);
            if (source != null) {
                notes.add(id, "het aantal peuters");
                cited.add(SourceNotes.cite(source));
            }
        }
        return cited.isEmpty() ? null : String.join("; ", cited);
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
