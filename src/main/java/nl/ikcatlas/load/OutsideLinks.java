package nl.ikcatlas.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * The files and folders under one of the atlas's folders ({@code data/}, {@code content/},
 * {@code templates/}) that lead outside the atlas folder through a symbolic link. Each is a problem
 * at the link's own path, and is never read: nothing from elsewhere on the machine reaches the site
 * or a message. Links are not followed to find them, so a link to a folder hides nothing.
 */
public final class OutsideLinks {
    private final Path realAtlas;
    private final List<Path> links;

    private OutsideLinks(Path realAtlas, List<Path> links) {
        this.realAtlas = realAtlas;
        this.links = links;
    }

    /** Finds the links under {@code atlasDir/folder} (the folder itself included) that lead outside, and reports each. */
    public static OutsideLinks in(Path atlasDir, String folder, Problems problems) {
        Path atlas = atlasDir.toAbsolutePath().normalize();
        Path root = atlas.resolve(folder);
        Path realAtlas = real(atlas);
        List<Path> links = new ArrayList<>();
        if (Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> found = Files.find(root, Integer.MAX_VALUE, (path, file) -> file.isSymbolicLink())) {
                found.filter(link -> !real(link).startsWith(realAtlas)).sorted().forEach(links::add);
            } catch (IOException e) {
                problems.add(Position.startOf(folder), "the folder could not be read: " + e.getMessage());
            }
        }
        for (Path link : links) {
            problems.add(Position.startOf(atlas.relativize(link).toString().replace('\\', '/')),
                    "this is a link to something outside the atlas folder; it is not read",
                    "put the file itself in the atlas folder instead of a link to it");
        }
        return new OutsideLinks(realAtlas, List.copyOf(links));
    }

    /**
     * True when {@code path} is one of the links found. For what a walk finds in a folder that does not lead
     * outside itself, without following links, this is all there is to ask: only a link can lead further.
     */
    public boolean isOutsideLink(Path path) {
        return links.contains(path.toAbsolutePath().normalize());
    }

    /** True when {@code path} is one of the links found, or lies behind one, so it must not be read. */
    public boolean leadsOutside(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return links.stream().anyMatch(absolute::startsWith) || !real(absolute).startsWith(realAtlas);
    }

    /** Where {@code path} really is: absolute, with links resolved as far as they lead to something that exists. */
    public static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
