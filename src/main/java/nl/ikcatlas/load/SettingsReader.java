package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import nl.ikcatlas.model.Accessibility;
import nl.ikcatlas.model.AccessibilityStatus;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.Contact;
import nl.ikcatlas.model.Costs;
import nl.ikcatlas.model.Logo;
import nl.ikcatlas.model.MapSettings;
import nl.ikcatlas.model.MunicipalRole;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Policy;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.TileSource;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/atlas.yaml}. */
final class SettingsReader implements RecordReader<AtlasSettings> {
    private static final FieldGroup SOURCE = FieldGroup.of("a source",
            required("id", FieldType.TEXT, "Korte naam van de bron. Records noemen hun bron zo, in 'source'."),
            required("name", FieldType.TEXT, "De naam van de bron, zoals Alle schoolvestigingen basisonderwijs."),
            optional("publisher", FieldType.TEXT, "Wie de bron uitgeeft, zoals DUO."),
            optional("url", FieldType.code(CodeFormat.URL), "Waar de bron te vinden is, met https:// of http:// ervoor."),
            required("date", FieldType.DATE, "De datum van de gegevens (JJJJ-MM-DD). De pagina's tonen die bij de"
                    + " gegevens."),
            optional("illustrative", FieldType.flag(false), "true als de gegevens voorbeelden zijn: elke pagina"
                    + " met deze gegevens zegt dat dan. Anders false (zo is het ook als het veld ontbreekt)."),
            CommonFields.DESCRIPTION);
    private static final FieldGroup CONTACT = FieldGroup.of("contact",
            required("organisation", FieldType.TEXT, "De organisatie, zoals Gemeente Lansingerland. Nooit een persoon."),
            optional("email", FieldType.code(CodeFormat.EMAIL), "E-mailadres van de organisatie, zoals info@gemeente.nl."),
            optional("phone", FieldType.TEXT, "Telefoonnummer van de organisatie."),
            CommonFields.WEBSITE,
            optional("form", FieldType.code(CodeFormat.URL), "Het contactformulier van de organisatie op internet."));
    private static final FieldGroup LOGO = FieldGroup.of("logo",
            required("file", FieldType.code(CodeFormat.LOGO), "Het bestand van het logo in de map templates/assets/"
                    + " van de atlas: svg, png, jpg of webp, zoals templates/assets/logo.svg."),
            required("alt", FieldType.TEXT, "De tekst voor wie het logo niet ziet, zoals Gemeente Lansingerland."));
    private static final FieldGroup ACCESSIBILITY = FieldGroup.of("accessibility",
            required("status", FieldType.choice(AccessibilityStatus.class), "De status uit het model van"
                    + " toegankelijkheidsverklaring.nl: A (voldoet volledig), B (voldoet gedeeltelijk), C (eerste"
                    + " maatregelen genomen), D (voldoet niet) of E (geen inzicht)."),
            required("tested", FieldType.DATE, "De datum van de laatste test of keuring (JJJJ-MM-DD)."),
            optional("method", FieldType.TEXT, "Hoe de atlas is getest, zoals: Eigen test met een programma en met de"
                    + " hand."),
            optional("exceptions", FieldType.listOf(FieldType.TEXT), "Wat nog niet aan de eisen voldoet, elk in een"
                    + " zin."));
    private static final FieldGroup MAP = FieldGroup.of("map",
            required("tiles", FieldType.choice(TileSource.class), "De achtergrond van de kaarten: pdok (kaart van de"
                    + " overheid), openstreetmap, of geen (de site laadt dan niets van andere servers)."));
    private static final FieldGroup POLICY = FieldGroup.of("policy",
            required("role", FieldType.choice(MunicipalRole.class), "De rol van de gemeente: sturend, regisserend,"
                    + " faciliterend of volgend."),
            optional("budget", FieldType.TEXT, "Het geld dat de gemeente ervoor heeft, zoals EUR 1.150.000 per jaar."),
            optional("description", FieldType.TEXT, "Wat de gemeente doet, in gewone woorden."),
            CommonFields.SOURCE);
    private static final FieldGroup RATES = FieldGroup.of("max_hourly_rate",
            required("daycare", FieldType.DECIMAL, "Dagopvang, in euro per uur, zoals 11.23."),
            required("out_of_school", FieldType.DECIMAL, "Buitenschoolse opvang (BSO), in euro per uur, zoals 9.98."),
            required("childminder", FieldType.DECIMAL, "Gastouderopvang, in euro per uur, zoals 8.49."));
    private static final FieldGroup ALLOWANCE = FieldGroup.of("allowance_share",
            required("lowest", FieldType.DECIMAL, "Het laagste deel van de maximum uurprijs dat de toeslag betaalt"
                    + " (bij het hoogste inkomen), in procenten, zoals 33.3."),
            required("highest", FieldType.DECIMAL, "Het hoogste deel (bij een laag inkomen), in procenten, zoals 96."));
    private static final FieldGroup COSTS = FieldGroup.of("costs",
            required("year", FieldType.WHOLE_NUMBER, "Het jaar waarvoor de bedragen gelden, zoals 2026."),
            required("max_hourly_rate", FieldType.group(RATES), "De maximum uurprijs per soort opvang: tot dit"
                    + " bedrag telt de kinderopvangtoeslag mee."),
            required("allowance_share", FieldType.group(ALLOWANCE), "Welk deel van de maximum uurprijs de"
                    + " kinderopvangtoeslag betaalt, naar inkomen."),
            required("parental_contribution", FieldType.TEXT, "Wat ouders zonder toeslag zelf betalen voor"
                    + " peuteropvang, zoals: EUR 0,20 tot EUR 4,00 per uur, naar inkomen."),
            CommonFields.SOURCE);
    static final FieldGroup FIELDS = FieldGroup.of("the atlas settings",
            required("municipality", FieldType.TEXT, "De naam van de gemeente, zoals Lansingerland."),
            required("cbs_code", FieldType.code(CodeFormat.MUNICIPALITY),
                    "De CBS-code van de gemeente: GM en vier cijfers, zoals GM1621."),
            required("edition", FieldType.DATE, "De datum van deze editie van de atlas (JJJJ-MM-DD)."),
            optional("summary", FieldType.TEXT, "Een of twee zinnen voor de startpagina."),
            optional("illustrative", FieldType.TEXT, "Welke gegevens voorbeelden zijn, in gewone woorden. Staat op"
                    + " de pagina over de atlas."),
            required("sources", FieldType.listOf(FieldType.group(SOURCE)),
                    "De bronnen van de gegevens, minstens een. Records noemen hun bron met de id."),
            required("contact", FieldType.group(CONTACT), "Hoe lezers de gemeente bereiken."),
            optional("map", FieldType.group(MAP), "Instellingen van de kaarten."),
            optional("policy", FieldType.group(POLICY), "Het beleid van de gemeente voor kindcentra. Staat op de"
                    + " pagina van de monitor."),
            optional("base_url", FieldType.code(CodeFormat.BASE_URL), "Het webadres waar de atlas staat, zoals"
                    + " https://atlas.gemeente.nl/. Met dit adres maakt de atlas een sitemap, robots.txt, vaste"
                    + " adressen van de pagina's en een Atom-feed van de wijzigingen. Zonder dit veld werken alle links"
                    + " ook vanaf een andere plek."),
            optional("logo", FieldType.group(LOGO), "Het logo van de gemeente bovenaan elke pagina."),
            optional("accessibility", FieldType.group(ACCESSIBILITY), "Wat de toegankelijkheidsverklaring zegt:"
                    + " status, datum van de laatste test en de bekende uitzonderingen."),
            optional("costs", FieldType.group(COSTS), "De bedragen op de pagina over de kosten van peuteropvang,"
                    + " met hun bron."));

    @Override
    public AtlasSettings read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        if (f == null) {
            return null;
        }
        var sources = f.list("sources", item -> {
            Fields s = item.fields();
            if (s == null) {
                return null;
            }
            // a wrongly written value reads as null: report it and treat the source as real data
            Boolean illustrative = s.flag("illustrative");
            return new Source(s.text("id"), s.text("name"), s.text("publisher"), s.text("url"), s.date("date"),
                    Boolean.TRUE.equals(illustrative), s.text("description"));
        });
        Fields c = f.group("contact");
        Contact contact = c == null ? null
                : new Contact(c.text("organisation"), c.text("email"), c.text("phone"), c.text("website"), c.text("form"));
        Fields l = f.group("logo");
        Logo logo = l == null || l.text("file") == null ? null : new Logo(l.text("file"), l.text("alt"));
        Fields a = f.group("accessibility");
        AccessibilityStatus status = a == null ? null : a.code("status", AccessibilityStatus.class);
        Accessibility accessibility = status == null ? null
                : new Accessibility(status, a.date("tested"), a.text("method"), a.textList("exceptions"));
        Fields m = f.group("map");
        TileSource tiles = m == null ? null : m.code("tiles", TileSource.class);
        MapSettings map = tiles == null ? MapSettings.DEFAULT : new MapSettings(tiles);
        Fields p = f.group("policy");
        Policy policy = p == null ? null
                : new Policy(p.code("role", MunicipalRole.class), p.text("budget"), p.text("description"), p.text("source"));
        return new AtlasSettings(f.text("municipality"), f.text("cbs_code"), f.date("edition"), f.text("summary"),
                f.text("illustrative"), sources, contact, map, policy, f.text("base_url"), logo, accessibility,
                costs(f.group("costs")), origin);
    }

    private static Costs costs(Fields k) {
        if (k == null) {
            return null;
        }
        Fields rates = k.group("max_hourly_rate");
        Fields share = k.group("allowance_share");
        return new Costs(k.wholeNumber("year"), rates == null ? null : rates.decimal("daycare"),
                rates == null ? null : rates.decimal("out_of_school"), rates == null ? null : rates.decimal("childminder"),
                share == null ? null : share.decimal("lowest"), share == null ? null : share.decimal("highest"),
                k.text("parental_contribution"), k.text("source"));
    }
}
