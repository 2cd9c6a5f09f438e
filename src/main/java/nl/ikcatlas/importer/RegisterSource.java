package nl.ikcatlas.importer;

import java.time.LocalDate;
import java.util.List;

/** The registers the importers read, as the source every imported record cites. */
public enum RegisterSource {
    DUO("duo", "Alle schoolvestigingen basisonderwijs", "DUO", "https://duo.nl/open_onderwijsdata/",
            "Open onderwijsdata van DUO: alle vestigingen van basisscholen in Nederland, met adres, richting en schoolbestuur."),
    LRK("lrk", "Landelijk Register Kinderopvang", "Ministerie van Sociale Zaken en Werkgelegenheid",
            "https://www.landelijkregisterkinderopvang.nl/",
            "Alle geregistreerde locaties van kinderdagverblijven en buitenschoolse opvang, met hun houder."),
    CBS("cbs", "Wijk- en buurtkaart", "CBS en Kadaster (PDOK)",
            "https://www.cbs.nl/nl-nl/dossier/nederland-regionaal/geografische-data",
            "De grenzen van de wijken van de gemeente."),
    POSTCODE4("cbs-postcode4", "CBS Postcode4", "CBS en Kadaster (PDOK)",
            "https://www.pdok.nl/ogc-apis/-/article/cbs-postcode4",
            "De gebieden van de postcodes met 4 cijfers: zo weet de zoekpagina waar een postcode ligt.");

    private final String id;
    private final String name;
    private final String publisher;
    private final String url;
    private final String description;

    RegisterSource(String id, String name, String publisher, String url, String description) {
        this.id = id;
        this.name = name;
        this.publisher = publisher;
        this.url = url;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The source as an item of {@code sources} in atlas.yaml, dated with the register's date. */
    List<String> lines(LocalDate date) {
        return List.of("- id: " + id, "  name: " + Value.scalar(name), "  publisher: " + Value.scalar(publisher),
                "  url: " + url, "  date: " + date, "  description: " + Value.scalar(description));
    }
}
