package nl.ikcatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Registers' capitals become the names people write. */
class NamesTest {

    @Test
    void placesInCapitalsGetProperCase() {
        assertEquals("Assen", Names.name("ASSEN"));
        assertEquals("'s-Gravenhage", Names.name("'S-GRAVENHAGE"));
        assertEquals("'s-Hertogenbosch", Names.name("'S-HERTOGENBOSCH"));
        assertEquals("'t Zandt", Names.name("'T ZANDT"));
        assertEquals("Den Haag", Names.name("DEN HAAG"));
        assertEquals("IJsselstein", Names.name("IJSSELSTEIN"));
        assertEquals("Capelle aan den IJssel", Names.name("CAPELLE AAN DEN IJSSEL"));
        assertEquals("Berkel en Rodenrijs", Names.name("BERKEL EN RODENRIJS"));
        assertEquals("Bergen op Zoom", Names.name("BERGEN OP ZOOM"));
        assertEquals("Wijk bij Duurstede", Names.name("WIJK BIJ DUURSTEDE"));
        assertEquals("Hendrik-Ido-Ambacht", Names.name("HENDRIK-IDO-AMBACHT"));
        assertEquals("Alteveer gem Noordenveld", Names.name("ALTEVEER GEM NOORDENVELD"));
        assertEquals("Súdwest-Fryslân", Names.name("SÚDWEST-FRYSLÂN"));
    }

    @Test
    void mixedCaseIsKeptAndSpacesCollapse() {
        assertEquals("IKC Het Avontuur", Names.name("IKC Het  Avontuur "));
        assertEquals("R.K. Basisschool De Gouden Griffel", Names.name("R.K. Basisschool De Gouden Griffel"));
    }

    @Test
    void idsWebAddressesAndPostcodes() {
        assertEquals("r-k-basisschool-de-gouden-griffel", Names.id("R.K. Basisschool De Gouden Griffel"));
        assertEquals("kindcentrum-de-brucke", Names.id("Kindcentrum De Brücke"));
        assertEquals("s-gravenhage", Names.id("'s-Gravenhage"));
        assertEquals("https://www.kbsoosthoek.nl", Names.website("www.kbsoosthoek.nl"));
        assertEquals("http://www.brucke.nl", Names.website("http://www.brucke.nl"));
        assertNull(Names.website(" "));
        assertEquals("2517 KK", Names.postcode("2517KK"));
        assertEquals("2665 ES", Names.postcode("2665 ES"));
    }

    @Test
    void yamlTextIsQuotedOnlyWhereItWouldReadAsSomethingElse() {
        assertEquals("'24597'", Value.scalar("24597"));
        assertEquals("16DB00", Value.scalar("16DB00"));
        assertEquals("Groeneweg 127-A", Value.scalar("Groeneweg 127-A"));
        assertEquals("'no'", Value.scalar("no"));
        assertEquals("'2026-10-01'", Value.scalar("2026-10-01"));
        assertEquals("'Kind & Co: opvang'", Value.scalar("Kind & Co: opvang"));
        assertEquals("'''t Kabouterhuis'", Value.scalar("'t Kabouterhuis"));
        assertEquals("'- los'", Value.scalar("- los"));
    }
}
