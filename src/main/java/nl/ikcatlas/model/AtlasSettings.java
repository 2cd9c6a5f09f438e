package nl.ikcatlas.model;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code data/atlas.yaml}: the municipality, the edition and the sources the atlas cites.
 * {@code baseUrl} is where the site is published, as written, or null: the site then stays relative.
 * {@code logo}, {@code accessibility} and {@code costs} are null when not given.
 */
public record AtlasSettings(
        String municipality,
        String cbsCode,
        LocalDate edition,
        String summary,
        String illustrative,
        List<Source> sources,
        Contact contact,
        MapSettings map,
        Policy policy,
        String baseUrl,
        Logo logo,
        Accessibility accessibility,
        Costs costs,
        Origin origin) {

    public AtlasSettings {
        sources = List.copyOf(sources);
    }

    /** The four digits of the municipality code, {@code 1621} for {@code GM1621}. */
    public String municipalityDigits() {
        return cbsCode.length() == 6 ? cbsCode.substring(2) : cbsCode;
    }
}
