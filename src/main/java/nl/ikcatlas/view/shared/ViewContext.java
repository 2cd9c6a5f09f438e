package nl.ikcatlas.view.shared;

/** What every page builder shares within one build: lookups, the level scale, cards, layouts, maps and lists. */
public record ViewContext(AtlasIndex index, Scale scale, Cards cards, Layouts layouts, Maps maps, ListPages lists) {

    public SourceNotes notes() {
        return new SourceNotes(index.sources());
    }
}
