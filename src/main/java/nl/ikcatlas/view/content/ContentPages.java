package nl.ikcatlas.view.content;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Explanations;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.SourceView;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the pages written by editors in {@code content/}; each sees the site's sources and contact. */
public final class ContentPages {
    public static final String ABOUT_NAME = "over";

    private final ViewContext ctx;
    private final List<SourceView> sources;
    private final List<InstrumentView.LevelInfo> levels;

    public ContentPages(ViewContext ctx) {
        this.ctx = ctx;
        List<SourceView> list = new ArrayList<>();
        for (Source s : ctx.index().atlas().settings().sources()) {
            list.add(new SourceView(s.name(), Layouts.blankToNull(s.publisher()), Dutch.date(s.date()),
                    Layouts.blankToNull(s.url()), s.illustrative(), Layouts.blankToNull(s.description())));
        }
        sources = List.copyOf(list);
        List<InstrumentView.LevelInfo> levelInfo = new ArrayList<>();
        for (AmbitionLevel level : ctx.scale().levels()) {
            levelInfo.add(new InstrumentView.LevelInfo(ctx.scale().view(level.id()), level.summary(), level.plain()));
        }
        levels = List.copyOf(levelInfo);
    }

    public Page page(ContentPage content) {
        AtlasSettings settings = ctx.index().atlas().settings();
        String path = SitePaths.content(content.name());
        Section section = ABOUT_NAME.equals(content.name()) ? Section.ABOUT : Section.OTHER;
        SourceNotes notes = ctx.notes();
        CostsView costs = null;
        if (Explanations.COSTS.equals(content.name()) && settings.costs() != null) {
            costs = CostsView.of(settings.costs(), ctx.index().sources().get(settings.costs().source()));
            notes.add(settings.costs().source(), "de bedragen");
        }
        ContentView view = new ContentView(
                ctx.layouts().layout(path, section, content.title(), List.of(), notes, content.name()),
                content.title(), Layouts.blankToNull(content.summary()), content.html(),
                Dutch.date(settings.edition()), Layouts.blankToNull(settings.illustrative()), sources,
                ctx.layouts().contact(), levels, content.templateOrDefault(),
                AccessibilityView.of(settings.accessibility()), ctx.layouts().siteName(),
                Layouts.blankToNull(settings.baseUrl()), costs);
        return new Page(path, view);
    }
}
