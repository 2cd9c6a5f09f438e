package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import java.util.List;

/** Fields that several kinds of record share, declared once. */
final class CommonFields {
    static final FieldSpec ID = required("id", FieldType.code(CodeFormat.ID),
            "Korte naam van dit record: kleine letters a-z, cijfers en losse streepjes, hoogstens 64 tekens, zoals"
                    + " de-gouden-griffel. Het wordt de naam van de pagina. Geef het bestand dezelfde naam.");
    static final FieldSpec SOURCE = required("source", FieldType.TEXT,
            "De bron van deze gegevens: de id van een bron onder 'sources' in data/atlas.yaml.");
    static final FieldSpec WEBSITE = optional("website", FieldType.code(CodeFormat.URL),
            "Website, met https:// of http:// ervoor.");
    /** An organisation's or a location's own number, never a person's: it is published as a button. */
    static final FieldSpec PHONE = optional("phone", FieldType.code(CodeFormat.PHONE),
            "Telefoonnummer van de organisatie of de locatie, zoals 010 123 45 67 (nooit het nummer van een persoon).");
    static final FieldSpec DESCRIPTION = optional("description", FieldType.TEXT,
            "Een korte uitleg in gewone woorden.");

    /** The address, map point and area of a school or childcare location. */
    static final List<FieldSpec> PLACE = List.of(
            required("address", FieldType.TEXT, "Straat en huisnummer, zoals IJsvogellaan 14."),
            required("postcode", FieldType.code(CodeFormat.POSTCODE),
                    "Postcode: vier cijfers, een spatie en twee hoofdletters, zoals 2651 AB."),
            required("place", FieldType.TEXT, "Woonplaats, zoals Berkel en Rodenrijs."),
            required("coordinates", FieldType.COORDINATES,
                    "De plek op de kaart: lat en lon in graden (WGS84), of x en y in meters (RD New). De plek"
                            + " ligt in Nederland en niet ver buiten het eigen gebied."),
            required("area", FieldType.TEXT, "Het gebied waar de plek ligt: de id van een gebied in data/areas/."));

    private CommonFields() {
    }
}
