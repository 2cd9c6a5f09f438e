package nl.ikcatlas.view.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.FormerName;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.PlaceKind;

/**
 * Plain words for a place's history as of the edition date. A closed place keeps its page and its
 * place in lists, so both say that it has closed; the figures leave it out.
 */
public final class PlaceHistories {
    private final LocalDate edition;

    public PlaceHistories(LocalDate edition) {
        this.edition = edition;
    }

    public PlaceHistoryView view(History history, PlaceKind place) {
        if (history == null) {
            return new PlaceHistoryView(null, List.of());
        }
        boolean kindcentrum = place == PlaceKind.KINDCENTRUM;
        List<PlaceHistoryView.Fact> facts = new ArrayList<>();
        if (history.opened() != null) {
            facts.add(new PlaceHistoryView.Fact(kindcentrum ? "Gestart" : "Geopend", Dutch.date(history.opened())));
        }
        if (history.closed() != null) {
            facts.add(new PlaceHistoryView.Fact(kindcentrum ? "Gestopt" : "Gesloten", Dutch.date(history.closed())));
        }
        List<String> names = new ArrayList<>();
        for (FormerName f : history.formerNamesOldestFirst()) {
            names.add(f.name() + " (tot " + Dutch.date(f.until()) + ")");
        }
        if (!names.isEmpty()) {
            facts.add(new PlaceHistoryView.Fact(names.size() == 1 ? "Vroegere naam" : "Vroegere namen",
                    Dutch.join(names)));
        }
        return new PlaceHistoryView(notice(history, place), facts);
    }

    /** For a card in a list: "Gesloten sinds 31 juli 2025" or "Gaat open op 4 januari 2027"; null while open. */
    public String listFact(History history, PlaceKind place) {
        if (history == null) {
            return null;
        }
        boolean kindcentrum = place == PlaceKind.KINDCENTRUM;
        if (history.closed() != null && !history.closed().isAfter(edition)) {
            return (kindcentrum ? "Gestopt op " : "Gesloten sinds ") + Dutch.date(history.closed());
        }
        if (history.opened() != null && history.opened().isAfter(edition)) {
            return (kindcentrum ? "Start op " : "Gaat open op ") + Dutch.date(history.opened());
        }
        return null;
    }

    private String notice(History history, PlaceKind place) {
        String subject = switch (place) {
            case SCHOOL -> "Deze school";
            case CHILDCARE -> "Deze opvanglocatie";
            case KINDCENTRUM -> "Dit kindcentrum";
        };
        boolean kindcentrum = place == PlaceKind.KINDCENTRUM;
        if (history.closed() != null) {
            String date = Dutch.date(history.closed());
            if (!history.closed().isAfter(edition)) {
                return subject + (kindcentrum ? " is gestopt op " : " is gesloten sinds ") + date + ".";
            }
            return subject + (kindcentrum ? " stopt op " : " gaat dicht op ") + date + ".";
        }
        if (history.opened() != null && history.opened().isAfter(edition)) {
            return subject + (kindcentrum ? " start op " : " gaat open op ") + Dutch.date(history.opened()) + ".";
        }
        return null;
    }
}
