package nl.ikcatlas.view.shared;

/**
 * When a page that grows with the atlas is split, so that no page of a national atlas is heavier than a few
 * hundred kB while a municipality's own atlas keeps its single pages.
 *
 * @param listCards  the most cards on one page of an overview or search list ({@link ListPages})
 * @param kindcentra the most kindcentra in the monitor's table on one page: above it the monitor is a summary
 *                   with a page per area, and an area with more has its table over numbered pages
 * @param changes    the most changes (assessments and places that opened, closed or got a new name) listed on
 *                   the changes page: above it the page is a summary with a page per area
 * @param areas      the most areas whose figures stand on one page of "Cijfers per gebied": above it
 *                   that page is split over numbered pages
 * @param areaPlaces the most schools or childcare locations an area's page shows as cards: above it they
 *                   are in a list of their own, which is split like the overview lists
 */
public record PageLimits(int listCards, int kindcentra, int changes, int areas, int areaPlaces) {
    /** About 100 kB of cards, 150 kB of the monitor's table, 150 kB of changes, 200 kB of figures, 50 kB of cards. */
    public static final PageLimits DEFAULT = new PageLimits(ListPages.MAX_CARDS, 50, 1500, 50, 150);

    public PageLimits {
        if (listCards < 1 || kindcentra < 1 || changes < 1 || areas < 1 || areaPlaces < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
    }

    /** These limits with another number of cards on a page of a list. */
    public PageLimits withListCards(int cards) {
        return new PageLimits(cards, kindcentra, changes, areas, areaPlaces);
    }
}
