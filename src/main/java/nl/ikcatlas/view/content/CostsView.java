package nl.ikcatlas.view.content;

import java.text.NumberFormat;
import java.util.List;
import nl.ikcatlas.model.Costs;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.SourceNotes;

/**
 * The figures of the costs page (kosten.ftl), formatted: "€ 11,23" per hour per kind of care, "96%" for the
 * allowance's shares, with the citation of their source ("Bron: ..., 1 april 2025") and whether they are
 * example figures; {@code calculator} is the allowance's official trial calculation.
 */
public record CostsView(String year, List<Row> rates, String lowestShare, String highestShare,
        String parentalContribution, String source, boolean illustrative, String calculator) {

    public static final String CALCULATOR = "https://www.toeslagen.nl/";

    /** One kind of care and its maximum hourly rate. */
    public record Row(String care, String rate) {
    }

    public CostsView {
        rates = List.copyOf(rates);
    }

    /** The view of {@code costs}, or null when there are none (or their source is unknown). */
    public static CostsView of(Costs costs, Source source) {
        if (costs == null || source == null) {
            return null;
        }
        return new CostsView(String.valueOf(costs.year()), List.of(
                new Row("Dagopvang", euros(costs.daycareRate())),
                new Row("Buitenschoolse opvang (BSO)", euros(costs.outOfSchoolRate())),
                new Row("Gastouderopvang", euros(costs.childminderRate()))),
                percent(costs.lowestShare()), percent(costs.highestShare()), costs.parentalContribution(),
                SourceNotes.cite(source), source.illustrative(), CALCULATOR);
    }

    /** "€ 11,23". */
    static String euros(Double amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Dutch.LOCALE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return amount == null ? "onbekend" : "€ " + format.format(amount);
    }

    /** "96%", "33,3%". */
    static String percent(Double share) {
        NumberFormat format = NumberFormat.getNumberInstance(Dutch.LOCALE);
        format.setMaximumFractionDigits(1);
        return share == null ? "onbekend" : format.format(share) + "%";
    }
}
