package nl.ikcatlas.model;

/**
 * The municipality's logo in the header: {@code file} is its path in the atlas folder, inside
 * {@code templates/assets/}; {@code alt} is its text for screen readers, such as "Gemeente Lansingerland".
 */
public record Logo(String file, String alt) {
    public static final String FOLDER = "templates/assets/";

    /** The logo's path below the site's {@code assets/} folder, where the build copies it. */
    public String assetPath() {
        return "assets/" + file.substring(FOLDER.length());
    }
}
