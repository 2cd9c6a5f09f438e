package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * The figures of an area ready to show: rows of a table ("Kinderplaatsen dagopvang", "48"), the
 * toddlers with their source (null when unknown), and per kindcentrum its scenario, lead, interest,
 * housing and open housing wishes.
 */
public record AreaFiguresView(List<FigureRow> rows, String toddlers, String toddlersSource, List<KindcentrumRow> kindcentra) {

    public AreaFiguresView {
        rows = List.copyOf(rows);
        kindcentra = List.copyOf(kindcentra);
    }

    public record FigureRow(String label, String value) {
    }

    /** {@code wishes} is null when none are recorded. */
    public record KindcentrumRow(Link kindcentrum, String scenario, String lead, String interest, String housing,
            String wishes) {
    }
}
