package nl.ikcatlas.view.shared;

import java.util.List;

/**
 * What a place's page says about its history: a notice when it has closed or is about to open or
 * close ({@code notice} null otherwise), and the facts: opened, closed, former names.
 */
public record PlaceHistoryView(String notice, List<Fact> facts) {

    public PlaceHistoryView {
        facts = List.copyOf(facts);
    }

    /** "Gesloten" and "31 juli 2025". */
    public record Fact(String term, String value) {
    }
}
