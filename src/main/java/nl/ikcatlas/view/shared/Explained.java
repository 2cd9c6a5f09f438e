package nl.ikcatlas.view.shared;

/** A value and what it means in plain words: "2 - Oriëntatie" / "School en opvang denken er nog over na ...". */
public record Explained(String label, String text) {
}
