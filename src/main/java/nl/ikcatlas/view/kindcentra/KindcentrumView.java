package nl.ikcatlas.view.kindcentra;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Explained;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.LevelView;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.PlaceHistoryView;

/**
 * A kindcentrum: its partners, how it is organised and housed, and how far the cooperation has
 * come ({@link Levels}). {@code partnersHeading} names the partners in words true for its level: only
 * above the lowest level do school and childcare work together.
 */
public record KindcentrumView(
        Layout layout,
        String name,
        String description,
        Link area,
        PlaceHistoryView placeHistory,
        String partnersHeading,
        List<Card> schools,
        List<Card> childcare,
        Organisation organisation,
        Levels levels,
        nl.ikcatlas.map.MapView map) implements PageView {
    @Override
    public String template() {
        return "kindcentrum.ftl";
    }

    public KindcentrumView {
        schools = List.copyOf(schools);
        childcare = List.copyOf(childcare);
    }

    /** How the kindcentrum is organised and housed; {@code housingWishes} may be null. */
    public record Organisation(Explained scenario, Explained lead, Explained interest, Explained housing,
            String housingWishes) {
    }

    /**
     * How far the cooperation has come: {@code latest} and {@code history} are null when there are no
     * (earlier) assessments. {@code scale} is every level, lowest first, as the key to the numbers in the table;
     * {@code levelsHref} leads to the page that explains the levels.
     */
    public record Levels(Assessment latest, History history, List<LevelView> scale,
            String levelsHref) {
        public Levels {
            scale = List.copyOf(scale);
        }
    }

    /** The latest year's scores, each theme beside the year before. Absent parts are null. */
    public record Assessment(
            String year,
            String date,
            String source,
            String note,
            String previousYear,
            LevelView typical,
            List<ThemeScore> scores) {
        public Assessment {
            scores = List.copyOf(scores);
        }
    }

    /**
     * One theme's level this year, what it means, and the change since the previous year in a word
     * (hoger, lager, gelijk; {@code changeKind} is up, same or down, for the arrow; null without a previous year).
     */
    public record ThemeScore(
            String theme,
            String themeHref,
            LevelView level,
            String levelSummary,
            String levelPlain,
            LevelView previous,
            String change,
            String changeKind) {
    }

    /** The earlier years as a table: a column per year (newest first), a row per theme. */
    public record History(List<String> years, List<Row> rows, List<YearNote> notes) {
        public History {
            years = List.copyOf(years);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    public record Row(String theme, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** When a year was assessed, by which source, and the note; date and note may be null. */
    public record YearNote(String year, String date, String source, String note) {
    }
}
