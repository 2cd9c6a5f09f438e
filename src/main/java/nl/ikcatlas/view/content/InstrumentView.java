package nl.ikcatlas.view.content;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.LevelView;

/** The development instrument: the levels overall and, per theme, what every level means. */
public record InstrumentView(
        Layout layout,
        String name,
        String description,
        List<LevelInfo> levels,
        List<ThemeInfo> themes) implements PageView {
    @Override
    public String template() {
        return "instrument.ftl";
    }

    public InstrumentView {
        levels = List.copyOf(levels);
        themes = List.copyOf(themes);
    }

    /** A level with its short description and its plain-language one. */
    public record LevelInfo(LevelView level, String summary, String plain) {
    }

    /** A theme; {@code id} is the anchor kindcentrum pages link to. */
    public record ThemeInfo(String id, String name, String summary, List<LevelInfo> levels) {
        public ThemeInfo {
            levels = List.copyOf(levels);
        }
    }
}
