package nl.ikcatlas.view.places;

import java.util.List;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Link;

/**
 * The open places of one kind in a place's area, nearest first: {@code cards} (at most
 * {@link NearbyPlaces#MAX}), {@code intro} saying what the list is (null for fewer than two) and
 * {@code all}, the area page's full list, when the cards are not all of them (else null).
 */
public record Nearby(String intro, List<Card> cards, Link all) {

    public Nearby {
        cards = List.copyOf(cards);
    }
}
