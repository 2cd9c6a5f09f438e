package nl.ikcatlas.model;

import java.util.List;

/** The development instrument: ambition levels in rising order, and the themes scored on them. */
public record Instrument(
        String name,
        String description,
        String source,
        List<AmbitionLevel> levels,
        List<Theme> themes,
        Origin origin) {

    public Instrument {
        levels = List.copyOf(levels);
        themes = List.copyOf(themes);
    }
}
