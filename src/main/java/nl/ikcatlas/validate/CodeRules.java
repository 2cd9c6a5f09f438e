package nl.ikcatlas.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import nl.ikcatlas.load.CodeFormat;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.AreaKind;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** Official codes and addresses must have their published format. */
final class CodeRules implements Rule {
    private static final Pattern POSTCODE_LOOSE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        Atlas atlas = loaded.atlas();
        Codes codes = new Codes(problems);
        if (atlas.settings() != null) {
            var s = atlas.settings();
            codes.match(s.cbsCode(), CodeFormat.MUNICIPALITY, s.origin(), "cbs_code", "CBS municipality code",
                    "write GM and the four digits of the municipality, for example GM1621");
            for (int i = 0; i < s.sources().size(); i++) {
                Source source = s.sources().get(i);
                codes.url(source.url(), s.origin(), "sources[" + i + "].url");
            }
            if (s.contact() != null) {
                codes.url(s.contact().website(), s.origin(), "contact.website");
                codes.url(s.contact().form(), s.origin(), "contact.form");
                codes.match(s.contact().email(), CodeFormat.EMAIL, s.origin(), "contact.email", "e-mail address",
                        "write it like info@gemeente.nl");
            }
            codes.baseUrl(s.baseUrl(), s.origin());
        }
        String digits = atlas.settings() == null || atlas.settings().cbsCode() == null ? null
                : atlas.settings().municipalityDigits();
        for (Area a : atlas.areas()) {
            checkArea(a, digits, codes, problems);
        }
        for (SchoolBoard b : atlas.boards()) {
            codes.match(b.number(), CodeFormat.BOARD_NUMBER, b.origin(), "number", "bevoegd-gezagnummer",
                    "write the number DUO gives the board: digits only, for example 41487");
            codes.url(b.website(), b.origin(), "website");
        }
        for (School s : atlas.schools()) {
            codes.match(s.vestigingscode(), CodeFormat.VESTIGINGSCODE, s.origin(), "vestigingscode", "vestigingscode",
                    "write the BRIN code (two digits, two capital letters) and two digits, for example 16DB00");
            codes.postcode(s.address() == null ? null : s.address().postcode(), s.origin());
            codes.url(s.website(), s.origin(), "website");
        }
        for (ChildcareHolder h : atlas.holders()) {
            codes.match(h.kvk(), CodeFormat.KVK, h.origin(), "kvk", "KvK number", "a KvK number has exactly 8 digits");
            codes.url(h.website(), h.origin(), "website");
            codes.phone(h.phone(), h.origin());
        }
        for (ChildcareLocation c : atlas.childcareLocations()) {
            codes.match(c.lrk(), CodeFormat.LRK, c.origin(), "lrk", "LRK number",
                    "an LRK registration number has exactly 9 digits; look it up on landelijkregisterkinderopvang.nl");
            codes.postcode(c.address() == null ? null : c.address().postcode(), c.origin());
            codes.url(c.website(), c.origin(), "website");
            codes.phone(c.phone(), c.origin());
            codes.match(c.lrkUrl(), CodeFormat.LRK_PAGE, c.origin(), "lrk_url", "page of the childcare register",
                    "copy the address from the column lrk_url of the register's export; it starts with"
                            + " https://www.landelijkregisterkinderopvang.nl/");
        }
    }

    private static void checkArea(Area a, String digits, Codes codes, Problems problems) {
        if (a.cbsCode() == null) {
            if (a.kind() == AreaKind.WIJK) {
                problems.add(a.origin().at("kind"), "a wijk needs its CBS code", "add a line 'cbs_code: WK" +
                        (digits == null ? "gggg" : digits) + "ww' with the wijk's two digits");
            }
            return;
        }
        if (codes.match(a.cbsCode(), CodeFormat.WIJK, a.origin(), "cbs_code", "CBS wijk code",
                "write WK, the four digits of the municipality and two digits of the wijk, for example WK162101")
                && digits != null && !a.cbsCode().substring(2, 6).equals(digits)) {
            problems.add(a.origin().at("cbs_code"), "the CBS wijk code " + a.cbsCode()
                    + " belongs to another municipality than GM" + digits, "it should start with WK" + digits);
        }
    }

    /** Format checks that report at the value's position. */
    private record Codes(Problems problems) {

        /** True when the value is absent or well-formed. */
        boolean match(String value, CodeFormat format, Origin origin, String path, String what, String hint) {
            if (value == null || format.matches(value)) {
                return true;
            }
            problems.add(origin.at(path), Quote.of(value) + " is not a valid " + what, hint);
            return false;
        }

        void postcode(String value, Origin origin) {
            if (value == null || CodeFormat.POSTCODE.matches(value)) {
                return;
            }
            String hint = POSTCODE_LOOSE.matcher(value).matches()
                    ? "write it as " + value.substring(0, 4) + " " + value.substring(value.length() - 2).toUpperCase()
                    : "a postcode is four digits, a space and two capital letters, for example 2651 AB";
            problems.add(origin.at("postcode"), Quote.of(value) + " is not a valid postcode", hint);
        }

        void url(String value, Origin origin, String path) {
            match(value, CodeFormat.URL, origin, path, "web address", "start it with https://");
        }

        /** A Dutch telephone number of an organisation or location. */
        void phone(String value, Origin origin) {
            match(value, CodeFormat.PHONE, origin, "phone", "Dutch telephone number",
                    "write the 10 digits of an organisation's number, with spaces if you like, for example"
                            + " 010 123 45 67 or +31 10 123 45 67; never a person's own number");
        }

        /** The address the site is published at: http(s), and only a folder, without ?query or #fragment. */
        void baseUrl(String value, Origin origin) {
            if (value == null) {
                return;
            }
            if (!CodeFormat.URL.matches(value) || !absolute(value)) {
                problems.add(origin.at("base_url"), "'" + value + "' is not a valid web address for the site",
                        "write the address where the site is published, starting with https://, for example"
                                + " https://atlas.gemeente.nl/");
            } else if (!CodeFormat.BASE_URL.matches(value)) {
                problems.add(origin.at("base_url"), "the site's address '" + value + "' has a part after ? or #",
                        "write only the address of the site's folder, without ? or # and what follows, for example "
                                + value.replaceFirst("[?#].*", ""));
            }
        }

        private static boolean absolute(String value) {
            try {
                URI uri = new URI(value);
                return uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
