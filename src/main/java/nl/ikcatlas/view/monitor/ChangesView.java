package nl.ikcatlas.view.monitor;

import java.time.LocalDate;
import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;

/**
 * What changed, newest year first: each year in numbers (for the table at the top), then its assessments
 * and the places that opened, closed or got a new name. In an atlas with too many changes for one page
 * {@code areas} lead to the changes of each area, and the page shows only the years in numbers. {@code area} is
 * the name of the area whose changes the page shows, null for the whole atlas.
 */
public record ChangesView(Layout layout, String area, List<Year> years, List<AreaChanges> areas) implements PageView {
    @Override
    public String template() {
        return "wijzigingen.ftl";
    }

    public ChangesView {
        years = List.copyOf(years);
        areas = List.copyOf(areas);
    }

    /** The page with the changes of an area, and how many there are: "1.234 wijzigingen". */
    public record AreaChanges(Link area, String count) {
    }

    /**
     * {@code lastChange}: the date of the year's latest change (an assessment without a date counts as the
     * year's end), never after the edition; the feed's entry for the year is updated then.
     */
    public record Year(String anchor, String year, Tally tally, List<AssessmentItem> assessments,
            List<ProvisionItem> provisions, LocalDate lastChange) {
        public Year {
            assessments = List.copyOf(assessments);
            provisions = List.copyOf(provisions);
        }
    }

    /**
     * A year in numbers: assessments, themes that went up and down against each kindcentrum's previous
     * assessment, and places that opened, closed or got a new name; {@code declined} whether any theme went down.
     */
    public record Tally(String assessments, String up, String down, String opened, String closed, String renamed,
            boolean declined) {
    }

    /**
     * {@code summary}: "Eerste meting." or "2 thema's hoger, 1 lager, 3 gelijk dan in 2024."; {@code shifts}
     * only the themes that moved; {@code declined} whether any went down.
     */
    public record AssessmentItem(Link kindcentrum, String summary, List<String> shifts, boolean declined) {
        public AssessmentItem {
            shifts = List.copyOf(shifts);
        }
    }

    /** "12 maart 2025" and "School De Oosthoek is geopend."; {@code link} null when the place has no page. */
    public record ProvisionItem(String date, String text, Link link) {
    }
}
