package nl.ikcatlas.view.shared;

/** What every page builder shares within one build: lookups, the level scale, cards, layouts, maps, lists and
 * the limits above which a page is split. */
public record ViewContext(AtlasIndex index, Scale scale, Cards cards, Layouts layouts, Maps maps, ListPages lists,
        PageLimits limits) {

    public SourceNotes notes() {
        return new SourceNotes(index.sources());
    }
}
