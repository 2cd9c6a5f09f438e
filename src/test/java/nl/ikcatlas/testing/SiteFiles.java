package nl.ikcatlas.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading a rendered site in tests. */
public final class SiteFiles {
    private SiteFiles() {
    }

    public static String read(Path out, String path) {
        try {
            return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern OWN_SCRIPT =
            java.util.regex.Pattern.compile("<script src=\"(?:\\.\\./)*[a-z0-9-]+(?:/[a-z0-9.-]+)*\\.js\"( defer)?></script>");

    /**
     * The page without the scripts it loads from the site itself ({@code <script src="../assets/zoeken.js">}):
     * what is left must contain no {@code <script} at all, so no inline script and nothing from elsewhere.
     */
    public static String withoutOwnScripts(String html) {
        return OWN_SCRIPT.matcher(html).replaceAll("");
    }

    /** Writes the view step's files other than pages into {@code out}, as the pipeline does. */
    public static void write(List<nl.ikcatlas.site.SiteFile> files, Path out) {
        try {
            for (nl.ikcatlas.site.SiteFile file : files) {
                Path target = out.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .html file under {@code out}, as paths relative to it with forward slashes. */
    public static List<String> htmlFiles(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder with everything in it, e.g. the repository's templates into a tiny site. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
