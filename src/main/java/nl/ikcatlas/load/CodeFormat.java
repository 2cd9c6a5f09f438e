package nl.ikcatlas.load;

import java.util.regex.Pattern;

/**
 * The published format of a code or address written as text. The validator checks values against it
 * and the JSON Schemas show it to editors, so both say the same.
 */
public enum CodeFormat {
    ID("[a-z0-9]+(-[a-z0-9]+)*", "de-gouden-griffel", true),
    VESTIGINGSCODE("[0-9]{2}[A-Z]{2}[0-9]{2}", "16DB00", false),
    POSTCODE("[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}", "2651 AB", false),
    LRK("[0-9]{9}", "123456789", true),
    KVK("[0-9]{8}", "12345678", true),
    BOARD_NUMBER("[0-9]{1,6}", "41487", true),
    MUNICIPALITY("GM[0-9]{4}", "GM1621", false),
    WIJK("WK[0-9]{6}", "WK162101", false),
    URL("https?://[^\\s/$.?#][^\\s]*", "https://www.example.nl", false),
    BASE_URL("https?://[^\\s/$.?#][^\\s?#]*", "https://atlas.example.nl/", false),
    EMAIL("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "info@example.nl", false),
    /** A logo inside the atlas: no "..", no absolute path, an image the browsers show. */
    LOGO("templates/assets/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(svg|png|jpg|jpeg|webp)", "templates/assets/logo.svg", false),
    /** A Dutch number: 10 digits from 0 (or +31 without the 0), spaces or dashes between; or 0800/0900 and 4 to 7 digits. */
    PHONE("(?:0|\\+31[ -]?)[1-9](?:[ -]?[0-9]){8}|0[89]00[ -]?[0-9]{4,7}", "010 123 45 67", false),
    /** A location's page in the national childcare register, as the register's export gives it. */
    LRK_PAGE("https://(?:www\\.)?landelijkregisterkinderopvang\\.nl/[^\\s]*",
            "https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", false);

    private final String regex;
    private final Pattern pattern;
    private final String example;
    private final boolean digitsOnly;

    CodeFormat(String regex, String example, boolean digitsOnly) {
        this.regex = regex;
        this.pattern = Pattern.compile(regex);
        this.example = example;
        this.digitsOnly = digitsOnly;
    }

    /** The whole value must match this (Java and ECMA-262 read it the same way). */
    public String regex() {
        return regex;
    }

    public boolean matches(String value) {
        return pattern.matcher(value).matches();
    }

    /** A well-formed value, as editors see it in the schema. */
    public String example() {
        return example;
    }

    /**
     * True when a value may be only digits, so an editor may write it without quotes: YAML then reads a
     * number, while the loader reads its text.
     */
    public boolean digitsOnly() {
        return digitsOnly;
    }
}
