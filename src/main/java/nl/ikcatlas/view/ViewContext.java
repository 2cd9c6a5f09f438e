package nl.ikcatlas.view;

/** What every page builder shares within one build: lookups, the level scale, cards and layouts. */
record ViewContext(AtlasIndex index, Scale scale, Cards cards, Layouts layouts, Maps maps) {

    SourceNotes notes() {
        return new SourceNotes(index.sources());
    }
}
