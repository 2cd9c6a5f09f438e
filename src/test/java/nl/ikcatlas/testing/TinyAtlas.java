package nl.ikcatlas.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.Address;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.AreaKind;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.AtlasSettings;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Contact;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.model.History;
import nl.ikcatlas.model.Housing;
import nl.ikcatlas.model.MapSettings;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Lead;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Scenario;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.model.ThemeLevel;

/**
 * A tiny, valid atlas built in code: two kernen (one with a wijk), three schools, two boards
 * (one without a name), one holder, two childcare locations, two kindcentra. Every free text ends
 * with {@code tag}, so a test can put markup into all of them at once.
 */
public final class TinyAtlas {
    public static final String SCRIPT = "<script>alert(1)</script>";

    private TinyAtlas() {
    }

    public static Atlas build() {
        return build("");
    }

    public static Atlas build(String tag) {
        Origin o = new Origin("data/x.yaml", Map.of());
        Source duo = new Source("duo", "Alle schoolvestigingen basisonderwijs" + tag, "DUO" + tag,
                "https://duo.nl/open_onderwijsdata/", LocalDate.of(2026, 10, 1), false, "Open data" + tag);
        Source example = new Source("voorbeeld", "Voorbeeldgegevens" + tag, null, null, LocalDate.of(2026, 11, 1),
                true, "Bedacht om te laten zien hoe de atlas werkt." + tag);
        Source note = new Source("kennisnotitie", "Kennisnotitie IKC" + tag, "Gemeente Lansingerland" + tag, null,
                LocalDate.of(2021, 3, 1), false, null);
        AtlasSettings settings = new AtlasSettings("Lansingerland" + tag, "GM1621", LocalDate.of(2026, 11, 1),
                "Alle scholen en opvang op een rij." + tag, "Ambitieniveaus zijn bedacht." + tag,
                List.of(duo, example, note),
                new Contact("Gemeente Lansingerland" + tag, "info@lansingerland.nl", "14 010",
                        "https://www.lansingerland.nl"), MapSettings.DEFAULT, null, null, o);

        List<AmbitionLevel> levels = List.of(
                level("back-to-back", "Rug aan rug", tag),
                level("face-to-face", "Gezicht naar gezicht", tag),
                level("hand-in-hand", "Hand in hand", tag),
                level("cheek-to-cheek", "Wang aan wang", tag),
                level("integraal", "Integraal", tag));
        List<Theme> themes = List.of(theme("bestuurlijke-samenwerking", "Bestuurlijke samenwerking", levels, tag),
                theme("kwaliteitsbeleid", "Kwaliteitsbeleid", levels, tag));
        Instrument instrument = new Instrument("Ontwikkelinstrument IKC" + tag, "Een gespreksinstrument." + tag,
                "kennisnotitie", levels, themes, o);

        List<Area> areas = List.of(
                new Area("berkel", "Berkel en Rodenrijs" + tag, AreaKind.KERN, null, null, "Een kern." + tag, null, null, "duo", o),
                new Area("noord", "Noord" + tag, AreaKind.WIJK, "WK162101", "berkel", "Een wijk." + tag, null, null, "duo", o),
                new Area("bleiswijk", "Bleiswijk" + tag, AreaKind.KERN, null, null, null, null, null, "duo", o));
        List<SchoolBoard> boards = List.of(
                new SchoolBoard("laurentius", "40928", "Laurentius" + tag, "Rooms-Katholiek" + tag,
                        "https://www.laurentiusstichting.nl", "duo", o),
                new SchoolBoard("bestuur-42832", "42832", null, null, null, "duo", o));
        List<School> schools = List.of(
                school("de-oosthoek", "De Oosthoek" + tag, "laurentius", "noord", "16DB00", tag, o),
                school("het-palet", "Het Palet" + tag, "bestuur-42832", "berkel", "17AB01", tag, o),
                school("de-tuin", "De Tuin" + tag, "laurentius", "bleiswijk", "18CD00", tag, o));
        List<ChildcareHolder> holders = List.of(
                new ChildcareHolder("small-steps", "Small Steps" + tag, "12345678", null, "voorbeeld", o));
        Map<CareType, Integer> places = new LinkedHashMap<>();
        places.put(CareType.KDV, 48);
        List<ChildcareLocation> childcare = List.of(
                new ChildcareLocation("zonnetje", "123456789", "Het Zonnetje" + tag, "small-steps",
                        List.of(CareType.KDV, CareType.PEUTEROPVANG), places, true,
                        new Address("Zonnelaan 1" + tag, "2651 AB", "Berkel en Rodenrijs" + tag),
                        new Coordinates(52.0, 4.5), "noord", null, History.NONE, "voorbeeld", o),
                new ChildcareLocation("bso-tuin", null, "BSO De Tuin" + tag, "small-steps",
                        List.of(CareType.BSO, CareType.TSO), Map.of(), false,
                        new Address("Tuinweg 2" + tag, "2665 AA", "Bleiswijk" + tag),
                        new Coordinates(52.0, 4.5), "bleiswijk", null, History.NONE, "voorbeeld", o));
        List<Kindcentrum> kindcentra = List.of(
                new Kindcentrum("de-gouden-griffel", "IKC De Gouden Griffel" + tag, "noord", List.of("de-oosthoek"),
                        List.of("zonnetje"), Scenario.SCHOOL, Lead.JOINT, InterestCategory.START,
                        new Housing(HousingSituation.ONE_BUILDING, "Een extra lokaal voor peuters." + tag),
                        "Samen onder één dak." + tag, History.NONE, "voorbeeld",
                        List.of(assessment(2024, "face-to-face", "hand-in-hand", tag),
                                assessment(2025, "hand-in-hand", "hand-in-hand", tag),
                                assessment(2023, "back-to-back", "integraal", tag)),
                        o),
                new Kindcentrum("mfa-zuid", "MFA Zuid" + tag, "berkel", List.of("het-palet"), List.of(), Scenario.MFA,
                        Lead.CHILDCARE, InterestCategory.ORIENTATION,
                        new Housing(HousingSituation.WALKING_DISTANCE, null), null, History.NONE, "voorbeeld", List.of(), o));
        return new Atlas(settings, instrument, areas, boards, schools, holders, childcare, kindcentra);
    }

    private static AmbitionLevel level(String id, String name, String tag) {
        return new AmbitionLevel(id, name + tag, "Samenvatting " + name + tag, "Voor uw kind: " + name + tag);
    }

    private static Theme theme(String id, String name, List<AmbitionLevel> levels, String tag) {
        Map<String, ThemeLevel> meanings = new LinkedHashMap<>();
        for (AmbitionLevel level : levels) {
            meanings.put(level.id(), new ThemeLevel(name + " op " + level.id() + tag,
                    "Uitleg " + name + " op " + level.id() + tag));
        }
        return new Theme(id, name + tag, "Over " + name + tag, meanings);
    }

    private static School school(String id, String name, String board, String area, String code, String tag,
            Origin o) {
        return new School(id, code, name, board, new Address("Schoolstraat 1" + tag, "2651 AB", "Berkel" + tag),
                new Coordinates(52.0, 4.5), area, "Openbaar" + tag, "https://example.nl/" + id, null, History.NONE, "duo", o);
    }

    private static Assessment assessment(int year, String first, String second, String tag) {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("bestuurlijke-samenwerking", first);
        levels.put("kwaliteitsbeleid", second);
        return new Assessment(year, LocalDate.of(year, 6, 12), "voorbeeld", levels, "Notitie " + year + tag);
    }
}
