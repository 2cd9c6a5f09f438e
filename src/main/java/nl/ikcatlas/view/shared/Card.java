package nl.ikcatlas.view.shared;

import java.util.List;

/** A place or organisation in a list: its name, link and a few short facts, all plain text. */
public record Card(String href, String title, List<String> facts) {

    public Card {
        facts = List.copyOf(facts);
    }
}
