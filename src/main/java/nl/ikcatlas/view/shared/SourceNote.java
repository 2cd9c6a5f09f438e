package nl.ikcatlas.view.shared;

/**
 * "Bron: DUO, Alle schoolvestigingen basisonderwijs, 1 oktober 2026", with what on the page it
 * is the source of ("de gegevens van de school") and whether it holds example data.
 */
public record SourceNote(String text, String usedFor, String url, boolean illustrative) {
}
