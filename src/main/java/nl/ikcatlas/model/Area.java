package nl.ikcatlas.model;

/** A kern (village or town) or wijk (neighbourhood, CBS code {@code WKggggww}). */
public record Area(
        String id,
        String name,
        AreaKind kind,
        String cbsCode,
        String parent,
        String description,
        String source,
        Origin origin) {
}
