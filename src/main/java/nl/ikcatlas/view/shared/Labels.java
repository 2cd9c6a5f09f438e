package nl.ikcatlas.view.shared;

import nl.ikcatlas.model.AreaKind;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Lead;
import nl.ikcatlas.model.MunicipalRole;
import nl.ikcatlas.model.Scenario;

/** The Dutch words and plain explanations (B1) for the model's closed vocabularies. */
public final class Labels {
    private Labels() {
    }

    public static String areaKind(AreaKind kind) {
        return switch (kind) {
            case KERN -> "Kern";
            case WIJK -> "Wijk";
        };
    }

    public static String careType(CareType type) {
        return switch (type) {
            case KDV -> "Dagopvang";
            case PEUTEROPVANG -> "Peuteropvang";
            case BSO -> "Buitenschoolse opvang (BSO)";
            case TSO -> "Tussenschoolse opvang (TSO)";
        };
    }

    public static String careTypeShort(CareType type) {
        return switch (type) {
            case KDV -> "dagopvang";
            case PEUTEROPVANG -> "peuteropvang";
            case BSO -> "BSO";
            case TSO -> "TSO";
        };
    }

    public static String careTypeExplained(CareType type) {
        return switch (type) {
            case KDV -> "Voor kinderen van 0 tot 4 jaar. Uw kind kan hier hele dagen komen.";
            case PEUTEROPVANG -> "Voor peuters van 2 tot 4 jaar. Uw kind komt een paar ochtenden of middagen per week"
                    + " en speelt en leert samen met andere peuters.";
            case BSO -> "Voor kinderen van 4 tot 12 jaar. Opvang voor en na schooltijd en in de schoolvakanties.";
            case TSO -> "Overblijven: opvang op school tussen de middag, als uw kind op school eet.";
        };
    }

    public static String vve(boolean vve) {
        return vve ? "Ja, deze locatie biedt VVE." : "Nee, deze locatie biedt geen VVE.";
    }

    public static String vveExplained(boolean vve) {
        String what = "VVE betekent voor- en vroegschoolse educatie. Dat is een programma voor peuters"
                + " die extra steun nodig hebben bij taal of ontwikkeling. Het consultatiebureau vertelt u"
                + " of uw kind dit nodig heeft.";
        return vve ? what + " Deze locatie heeft een erkenning om VVE te geven."
                : what + " Deze locatie heeft geen erkenning om VVE te geven.";
    }

    public static String scenario(Scenario scenario) {
        return switch (scenario) {
            case SCHOOL -> "Kindcentrum bij één school";
            case MFA -> "Kindcentrum in een gebouw met meer scholen (mfa)";
        };
    }

    public static String scenarioExplained(Scenario scenario) {
        return switch (scenario) {
            case SCHOOL -> "Eén school werkt samen met de opvang. De peutergroepen zitten in of bij het gebouw"
                    + " van de school.";
            case MFA -> "Meer scholen en de opvang zitten samen in één gebouw. Zo'n gebouw heet een mfa"
                    + " (multifunctionele accommodatie).";
        };
    }

    public static String lead(Lead lead) {
        return switch (lead) {
            case SCHOOL -> "De school";
            case CHILDCARE -> "De opvang";
            case JOINT -> "School en opvang samen";
        };
    }

    public static String leadExplained(Lead lead) {
        return switch (lead) {
            case SCHOOL -> "De leiding van de school zorgt ervoor dat uw kind goed van de opvang naar school gaat.";
            case CHILDCARE -> "De opvang zorgt ervoor dat uw kind goed van de opvang naar school gaat."
                    + " Dat doet zij samen met de leiding van de scholen.";
            case JOINT -> "School en opvang zorgen samen dat uw kind goed van de opvang naar school gaat.";
        };
    }

    public static String interest(InterestCategory interest) {
        return switch (interest) {
            case START -> "1 - Direct starten";
            case ORIENTATION -> "2 - Oriëntatie";
            case NO_INTEREST -> "3 - Geen belangstelling";
        };
    }

    /**
     * The category in words for parents, without its number; a kindcentrum that already exists does not
     * "start": it goes on.
     */
    public static String interestForParents(InterestCategory interest, boolean existing) {
        return switch (interest) {
            case START -> existing ? "Wil verder als IKC" : "Wil nu een IKC worden";
            case ORIENTATION -> "Denkt na over een IKC";
            case NO_INTEREST -> "Wil nu geen IKC worden";
        };
    }

    public static String interestForParentsExplained(InterestCategory interest, boolean existing) {
        return interest == InterestCategory.START && existing
                ? "School en opvang zijn al een kindcentrum. Ze willen samen verder groeien als IKC."
                : interestExplained(interest);
    }

    /** The category without its number, for a table cell: "Direct starten". */
    public static String interestShort(InterestCategory interest) {
        return switch (interest) {
            case START -> "Direct starten";
            case ORIENTATION -> "Oriëntatie";
            case NO_INTEREST -> "Geen belangstelling";
        };
    }

    public static String interestExplained(InterestCategory interest) {
        return switch (interest) {
            case START -> "School en opvang willen nu een IKC worden. Ze weten met wie ze dat doen en hebben"
                    + " er steun voor.";
            case ORIENTATION -> "School en opvang denken er nog over na of ze een IKC willen worden.";
            case NO_INTEREST -> "School en opvang willen op dit moment geen IKC worden. Dat mag: niet elke school"
                    + " hoeft een IKC te worden.";
        };
    }

    public static String housing(HousingSituation situation) {
        return switch (situation) {
            case ONE_BUILDING -> "In één gebouw";
            case SIDE_BY_SIDE -> "In gebouwen naast elkaar";
            case WALKING_DISTANCE -> "Op loopafstand van elkaar";
            case APART -> "Niet bij elkaar";
        };
    }

    public static String housingExplained(HousingSituation situation) {
        return switch (situation) {
            case ONE_BUILDING -> "School en opvang zitten samen in één gebouw.";
            case SIDE_BY_SIDE -> "School en opvang zitten in twee gebouwen direct naast elkaar.";
            case WALKING_DISTANCE -> "School en opvang zitten in verschillende gebouwen, op loopafstand van elkaar.";
            case APART -> "School en opvang zitten niet bij elkaar in de buurt.";
        };
    }

    /** The municipality's role in one plain sentence, starting with the role's name. */
    public static String roleExplained(MunicipalRole role) {
        return switch (role) {
            case STEERING -> "Sturend: de gemeente bepaalt waar en hoe kindcentra komen en stelt daar eisen aan.";
            case DIRECTING -> "Regisserend: de gemeente brengt scholen en opvang bij elkaar en zorgt dat plannen op"
                    + " elkaar aansluiten, maar zij beslist niet voor hen.";
            case FACILITATING -> "Faciliterend: de gemeente helpt als scholen en opvang daar zelf om vragen, bijvoorbeeld"
                    + " met huisvesting.";
            case FOLLOWING -> "Volgend: de gemeente laat het aan scholen en opvang over en kijkt alleen hoe het gaat.";
        };
    }
}
