package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Source;

/** Builds the pages written by editors in {@code content/}; each sees the site's sources and contact. */
final class ContentPages {
    static final String ABOUT_NAME = "over";

    private final ViewContext ctx;
    private final List<SourceView> sources;

    ContentPages(ViewContext ctx) {
        this.ctx = ctx;
        List<SourceView> list = new ArrayList<>();
        for (Source s : ctx.index().atlas.settings().sources()) {
            list.add(new SourceView(s.name(), Layouts.blankToNull(s.publisher()), Dutch.date(s.date()),
                    Layouts.blankToNull(s.url()), s.illustrative(), Layouts.blankToNull(s.description())));
        }
        sources = List.copyOf(list);
    }

    Page page(ContentPage content) {
        AtlasSettings settings = ctx.index().atlas.settings();
        String path = SitePaths.content(content.name());
        Section section = ABOUT_NAME.equals(content.name()) ? Section.ABOUT : Section.OTHER;
        ContentView view = new ContentView(
                ctx.layouts().layout(path, section, content.title(), List.of(), ctx.notes()),
                content.title(), Layouts.blankToNull(content.summary()), content.html(),
                Dutch.date(settings.edition()), Layouts.blankToNull(settings.illustrative()), sources,
                ctx.layouts().contact());
        return new Page(path, content.templateOrDefault(), view);
    }
}
