package nl.ikcatlas.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.ikcatlas.load.OutsideLinks;

/**
 * Which folder a build may replace. The output folder is the tool's alone: a build replaces it
 * completely, so it may only be a folder that does not exist yet, an empty folder, or a site built
 * before (it has the {@link #MARKER} file, which lists what that build wrote) holding nothing else.
 * Never the atlas itself, a folder above it, or a folder inside the atlas's own {@link #SOURCES};
 * other folders inside the atlas, such as the default {@code target/site}, are fine. Never the
 * user's home or a folder above it, a file, or a symbolic link.
 */
public final class OutputFolder {
    /** Written into every site built: the explanation, then every file of that build, one a line. */
    public static final String MARKER = ".ikc-atlas-site";
    static final String MARKER_TEXT = "This folder is a site built by ikc-atlas; the next build replaces all of it."
            + " Keep no other files here. The files of this build:";
    private static final List<String> SOURCES = List.of("data", "content", "templates", "schema");

    private OutputFolder() {
    }

    /** Thrown by a build into a folder that is not the tool's to replace, with the {@link #refusal}. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String refusal) {
            super(refusal);
        }
    }

    /** Why {@code out} may not be built into, with what to do instead; empty when it may. */
    public static Optional<String> refusal(Path atlasDir, Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            return refuse(out, "it is a symbolic link", "give the folder it points to, or a new folder");
        }
        Path atlas = OutsideLinks.real(atlasDir);
        Path real = OutsideLinks.real(target);
        if (atlas.startsWith(real)) {
            return refuse(out, real.equals(atlas) ? "it is the atlas folder itself" : "the atlas folder is inside it",
                    "build into a new folder, such as the default " + atlasDir.resolve("target").resolve("site"));
        }
        for (String source : SOURCES) {
            if (real.startsWith(atlas.resolve(source))) {
                return refuse(out, (real.equals(atlas.resolve(source)) ? "it is" : "it is inside") + " the atlas's "
                        + source + "/ folder",
                        "build into a new folder outside data/, content/, templates/ and schema/");
            }
        }
        Path home = OutsideLinks.real(Path.of(System.getProperty("user.home")));
        if (home.startsWith(real)) {
            return refuse(out, real.equals(home) ? "it is your home folder" : "your home folder is inside it",
                    "build into a new folder");
        }
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(target)) {
            return refuse(out, "it is a file, not a folder", "give a new folder");
        }
        Optional<String> other = otherFile(target);
        return other.isPresent() ? refuse(out, "it holds files that the tool did not write, such as '" + other.get()
                + "'", "give a new or empty folder, or move those files elsewhere") : Optional.empty();
    }

    /** A file or folder in {@code dir} that no earlier build wrote there; empty when there is none. */
    private static Optional<String> otherFile(Path dir) {
        Path marker = dir.resolve(MARKER);
        Set<String> written = new HashSet<>();
        written.add(MARKER);
        try {
            if (Files.isRegularFile(marker, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(MARKER_TEXT)) {
                    written.addAll(lines.subList(1, lines.size()));
                }
            }
            Set<String> folders = folders(written);
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(p -> !p.equals(dir))
                        .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !written.contains(p) && !folders.contains(p))
                        .sorted()
                        .findFirst();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look into " + dir, e);
        }
    }

    /** Folders are not listed in the marker: a folder is the tool's when a listed file is in it. */
    private static Set<String> folders(Set<String> written) {
        Set<String> folders = new HashSet<>();
        for (String file : written) {
            for (int slash = file.lastIndexOf('/'); slash > 0 && folders.add(file.substring(0, slash));
                    slash = file.lastIndexOf('/', slash - 1)) {
                // each folder above the file, up to one already known
            }
        }
        return folders;
    }

    /** The marker's text for a site whose files are {@code files} (paths relative to the site, sorted). */
    static String markerText(List<String> files) {
        return MARKER_TEXT + "\n" + String.join("\n", files) + "\n";
    }

    private static Optional<String> refuse(Path out, String why, String what) {
        return Optional.of("cannot build into '" + out + "': " + why + "; " + what
                + ". The build replaces the whole output folder, so it must be the tool's alone.");
    }
}
