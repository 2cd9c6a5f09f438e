package nl.ikcatlas.view;

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
final class AreaFigures {
    private final Map<String, Source> sources;

    AreaFigures(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** {@code root} makes the kindcentrum links relative to the page. */
    AreaFiguresView view(AreaSummary s, String root, SourceNotes notes) {
        List<AreaFiguresView.FigureRow> rows = new ArrayList<>();
        rows.add(row("Scholen", s.schools()));
        if (s.schools() == 0) {
            rows.add(new AreaFiguresView.FigureRow("Leerlingen", "0"));
        } else if (s.schoolsWithPupils() > 0) {
            String pupils = Dutch.number(s.pupils());
            if (s.schoolsWithPupils() < s.schools()) {
                pupils += " (van " + Dutch.count(s.schoolsWithPupils(), "school", "scholen") + " bekend)";
            }
            rows.add(new AreaFiguresView.FigureRow("Leerlingen", pupils));
            s.pupilSources().forEach(source -> notes.add(source, "de aantallen leerlingen"));
        } else {
            rows.add(new AreaFiguresView.FigureRow("Leerlingen", "Niet bekend"));
        }
        rows.add(row("Opvanglocaties", s.childcareLocations()));
        for (CareType type : CareType.values()) {
            int locations = s.locationsByCareType().getOrDefault(type, 0);
            if (locations > 0) {
                String label = Dutch.capitalise(Labels.careTypeShort(type));
                Integer places = s.places().get(type);
                rows.add(new AreaFiguresView.FigureRow(label, Dutch.count(locations, "locatie", "locaties")
                        + (places == null ? "" : ", " + Dutch.count(places, "kindplaats", "kindplaatsen"))));
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
            Source source = t.source() == null ? null : sources.get(t.source());
            if (source != null) {
                toddlersSource = SourceNotes.cite(source);
                notes.add(t.source(), "het aantal peuters");
            }
        }
        List<AreaFiguresView.KindcentrumRow> kindcentra = new ArrayList<>();
        for (Kindcentrum k : s.kindcentra()) {
            kindcentra.add(new AreaFiguresView.KindcentrumRow(new Link(root + SitePaths.kindcentrum(k.id()), k.name()),
                    k.scenario() == null ? "" : Labels.scenario(k.scenario()),
                    k.lead() == null ? "" : Labels.lead(k.lead()),
                    k.interest() == null ? "" : Labels.interest(k.interest()),
                    k.housing() == null || k.housing().situation() == null ? "" : Labels.housing(k.housing().situation()),
                    k.housing() == null ? null : Layouts.blankToNull(k.housing().wishes())));
        }
        return new AreaFiguresView(rows, toddlers, toddlersSource, kindcentra);
    }

    private static AreaFiguresView.FigureRow row(String label, int n) {
        return new AreaFiguresView.FigureRow(label, Dutch.number(n));
    }
}
