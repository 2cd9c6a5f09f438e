package nl.ikcatlas.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every colour and font of the site is a token of thema.css, so a municipality's own thema.css restyles it. */
class ThemeTokensTest {
    static final Path THEME = Path.of("templates/assets/thema.css");
    static final Path STYLESHEET = Path.of("templates/assets/atlas.css");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?)\\(");
    private static final Pattern TOKEN_USE = Pattern.compile("var\\(\\s*(--[A-Za-z0-9_-]+)");
    private static final Pattern TOKEN_DECLARATION = Pattern.compile("(--[A-Za-z0-9_-]+)\\s*:");
    /** var(--token, fallback): a fallback is allowed to be a literal, as the theme sets the value. */
    private static final Pattern FALLBACK = Pattern.compile("var\\(\\s*--[A-Za-z0-9_-]+\\s*,(?:[^()]|\\([^()]*\\))*\\)");

    /** An example of a municipality's own theme: dark red, a serif font, square corners. */
    static final Path SECOND_THEME = Path.of("src/test/resources/theme/thema-rood.css");

    @Test
    void atlasCssHasNoColourOrFontOfItsOwn() throws IOException {
        String css = COMMENT.matcher(Files.readString(STYLESHEET)).replaceAll("");
        List<String> literals = new ArrayList<>();
        String withoutFallbacks = FALLBACK.matcher(css).replaceAll("var()");
        String[] lines = withoutFallbacks.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COLOUR.matcher(lines[i]);
            if (m.find() || lines[i].matches(".*font-family:\\s*[^v\\s].*")) {
                literals.add(lines[i].strip());
            }
        }
        assertEquals(List.of(), literals, "colours and fonts belong in thema.css as tokens");
    }

    @Test
    void everyTokenAtlasCssUsesIsDeclaredInTheTheme() throws IOException {
        Set<String> declared = tokens(TOKEN_DECLARATION, Files.readString(THEME));
        Set<String> used = tokens(TOKEN_USE, Files.readString(STYLESHEET));
        used.removeAll(declared);
        assertEquals(Set.of(), used, "tokens atlas.css uses that thema.css does not declare");
        assertTrue(declared.contains("--utrecht-page-header-background-color"));
    }

    @Test
    void theSecondThemeDeclaresTheSameTokensAsTheDefaultTheme() throws IOException {
        assertEquals(tokens(TOKEN_DECLARATION, Files.readString(THEME)),
                tokens(TOKEN_DECLARATION, Files.readString(SECOND_THEME)));
    }

    @Test
    void anAtlasWithItsOwnThemeGetsItWithoutAnyOtherTemplateChanging(@TempDir Path dir) throws IOException {
        Path atlas = BuiltSite.withTemplates(TinySite.valid(), dir);
        Files.copy(SECOND_THEME, atlas.resolve("templates/assets/thema.css"), StandardCopyOption.REPLACE_EXISTING);
        Path site = dir.resolve("site");
        assertTrue(AtlasPipeline.forRepeatedBuilds().build(atlas, site).succeeded());

        assertEquals(Files.readString(SECOND_THEME), Files.readString(site.resolve("assets/thema.css")));
        assertEquals(Files.readString(STYLESHEET), Files.readString(site.resolve("assets/atlas.css")));
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains("<link rel=\"stylesheet\" href=\"assets/thema.css\">\n"
                + "<link rel=\"stylesheet\" href=\"assets/atlas.css\">"), home);
        assertTrue(Files.readString(site.resolve("scholen/de-school.html")).contains(
                "<link rel=\"stylesheet\" href=\"../assets/thema.css\">"));
        assertEquals(List.of("assets/thema.css"), changedTemplates(atlas.resolve("templates")));
    }

    /** The files under {@code templates} that differ from the repository's. */
    static List<String> changedTemplates(Path templates) throws IOException {
        List<String> changed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = Path.of("templates").relativize(file).toString();
                if (!Files.readString(file).equals(Files.readString(templates.resolve(relative)))) {
                    changed.add(relative);
                }
            }
        }
        return changed;
    }

    private static Set<String> tokens(Pattern pattern, String css) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(COMMENT.matcher(css).replaceAll(""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
