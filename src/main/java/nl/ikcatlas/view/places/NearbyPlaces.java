package nl.ikcatlas.view.places;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.ikcatlas.map.Geo;
import nl.ikcatlas.map.NearestIndex;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.SitePaths;

/**
 * Picks the places "in de buurt" of a place's page: the open ones of its area, nearest first, at most
 * {@link #MAX}, each card saying how far it is. A big area (a whole town) would otherwise put hundreds of
 * cards on every page of it; the area's page keeps the full list, and the intro and link say so.
 */
final class NearbyPlaces {
    /** At most this many places in the list; the rest are on the area's page. */
    static final int MAX = 10;

    private NearbyPlaces() {
    }

    /**
     * {@code candidates} are the open places of the area, indexed in their usual order (which breaks ties);
     * {@code card} makes the card of each place shown;
     * {@code one}/{@code many} name the kind ("opvanglocatie", "opvanglocaties"), {@code anchor} is the
     * id of the area page's list of them.
     */
    static <T> Nearby of(Coordinates from, NearestIndex<T> candidates, Function<T, Card> card, String root,
            Area area, String one, String many, String anchor) {
        List<NearestIndex.Near<T>> nearest = candidates.nearest(from, MAX, Double.POSITIVE_INFINITY);
        List<Card> cards = new ArrayList<>();
        for (NearestIndex.Near<T> d : nearest) {
            Card c = card.apply(d.item());
            List<String> facts = new ArrayList<>(c.facts());
            facts.add(0, Geo.words(d.metres()) + " hiervandaan");
            cards.add(new Card(c.href(), c.title(), facts));
        }
        int total = candidates.size();
        if (total <= MAX) {
            String intro = total < 2 ? null
                    : "De " + Dutch.count(total, one, many) + " in " + area.name() + ", de dichtstbijzijnde eerst.";
            return new Nearby(intro, cards, null);
        }
        String intro = "De " + MAX + " " + many + " die het dichtstbij zijn. In " + area.name() + " zijn er "
                + Dutch.number(total) + ".";
        Link all = new Link(root + SitePaths.area(area.id()) + "#" + anchor,
                "Alle " + Dutch.count(total, one, many) + " in " + area.name());
        return new Nearby(intro, cards, all);
    }
}
