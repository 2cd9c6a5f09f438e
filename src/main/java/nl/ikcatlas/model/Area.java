package nl.ikcatlas.model;

/**
 * A kern (village or town) or wijk (neighbourhood, CBS code {@code WKggggww}). {@code boundary} is a
 * GeoJSON file under {@code data/boundaries/} with the area's outline, when known.
 */
public record Area(
        String id,
        String name,
        AreaKind kind,
        String cbsCode,
        String parent,
        String description,
        String boundary,
        Toddlers toddlers,
        String source,
        Origin origin) {
}
