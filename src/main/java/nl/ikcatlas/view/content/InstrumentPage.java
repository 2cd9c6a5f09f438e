package nl.ikcatlas.view.content;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.model.ThemeLevel;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Scale;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the page that explains the development instrument: every level of every theme. */
public final class InstrumentPage {

    private final ViewContext ctx;

    public InstrumentPage(ViewContext ctx) {
        this.ctx = ctx;
    }

    public Page page() {
        Instrument instrument = ctx.index().atlas().instrument();
        Scale scale = ctx.scale();
        List<InstrumentView.LevelInfo> levels = new ArrayList<>();
        for (AmbitionLevel level : instrument.levels()) {
            levels.add(new InstrumentView.LevelInfo(scale.view(level.id()), level.summary(), level.plain()));
        }
        List<InstrumentView.ThemeInfo> themes = new ArrayList<>();
        for (Theme theme : instrument.themes()) {
            List<InstrumentView.LevelInfo> meanings = new ArrayList<>();
            for (AmbitionLevel level : instrument.levels()) {
                ThemeLevel meaning = theme.levels().get(level.id());
                if (meaning != null) {
                    meanings.add(new InstrumentView.LevelInfo(scale.view(level.id()), meaning.summary(),
                            meaning.plain()));
                }
            }
            themes.add(new InstrumentView.ThemeInfo(theme.id(), theme.name(), theme.summary(), meanings));
        }
        SourceNotes notes = ctx.notes().add(instrument.source(), "de uitleg van het ontwikkelinstrument");
        String path = SitePaths.INSTRUMENT;
        InstrumentView view = new InstrumentView(
                ctx.layouts().layout(path, Section.INSTRUMENT, instrument.name(), List.of(), notes),
                instrument.name(), Layouts.blankToNull(instrument.description()), levels, themes);
        return new Page(path, view);
    }
}
