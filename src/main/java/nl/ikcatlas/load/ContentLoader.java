package nl.ikcatlas.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/**
 * Reads the editors' pages, {@code content/*.md}, each file once: a header of {@code key=value} lines
 * (JBake's format), a {@code ~~~~~~} line, then the markdown body, rendered to safe HTML here. Mistakes
 * become problems at the file; drafts ({@code status} other than {@code published}) are left out.
 */
public final class ContentLoader {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Names of pages the atlas makes itself; a content page must not overwrite them. */
    private static final Set<String> RESERVED = Set.of("index", "instrument");

    private final Path atlasDir;
    private final Markdown markdown = new Markdown();

    /** {@code atlasDir} holds {@code content/} and {@code templates/}. */
    public ContentLoader(Path atlasDir) {
        this.atlasDir = atlasDir;
    }

    /** The published content pages, in file-name order; a missing {@code content/} means none. */
    public List<ContentPage> load(Problems problems) {
        Path dir = atlasDir.resolve("content");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        OutsideLinks outside = OutsideLinks.in(atlasDir, "content", problems);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.md")) {
            stream.forEach(file -> {
                if (!outside.leadsOutside(file)) {
                    files.add(file);
                }
            });
        } catch (IOException e) {
            problems.add(Position.startOf("content"), "the content folder cannot be read: " + e.getMessage());
            return List.of();
        }
        files.sort(null);
        List<ContentPage> pages = new ArrayList<>();
        for (Path file : files) {
            ContentPage page = load(file, problems);
            if (page != null) {
                pages.add(page);
            }
        }
        return pages;
    }

    private ContentPage load(Path file, Problems problems) {
        String fileName = file.getFileName().toString();
        String rel = "content/" + fileName;
        Position start = Position.startOf(rel);
        String name = fileName.substring(0, fileName.length() - ".md".length());
        if (!NAME.matcher(name).matches()) {
            problems.add(start, "the file name " + Quote.of(fileName) + " becomes the page's address, so it may only"
                    + " contain lowercase letters, digits and single hyphens", "rename it, e.g. to 'over-ons.md'");
            return null;
        }
        if (RESERVED.contains(name)) {
            problems.add(start, Quote.of(fileName) + " would replace the atlas's own page " + name + ".html",
                    "choose another file name");
            return null;
        }
        String text;
        try {
            text = Utf8Text.decode(rel, Files.readAllBytes(file), problems);
        } catch (IOException e) {
            problems.add(start, "the file cannot be read: " + e.getMessage());
            return null;
        }
        if (text == null) {
            return null;
        }
        List<String> lines = text.lines().toList();
        ContentHeader header = ContentHeader.read(lines);
        if (header == null) {
            problems.add(start, "the page has no header", "start the file with lines such as 'title=Over deze"
                    + " atlas', 'type=page' and 'status=published', then a line '" + ContentHeader.SEPARATOR
                    + "', then the text");
            return null;
        }
        if (!header.has("type")) {
            problems.add(start, "the header has no 'type' line", "add the line 'type=page' to the header");
            return null;
        }
        String title = header.text("title");
        if (title == null) {
            problems.add(start, "the page has no title", "add a line such as 'title=Over deze atlas' to the header");
            return null;
        }
        String template = header.text("template");
        if (template != null && !template.endsWith(".ftl")) {
            problems.add(new Position(rel, header.line("template"), 1),
                    "the template " + Quote.of(template) + " is not a FreeMarker template", "name a .ftl file in templates/");
            return null;
        }
        Path templates = atlasDir.resolve("templates").toAbsolutePath().normalize();
        if (template != null && !templates.resolve(template).normalize().startsWith(templates)) {
            problems.add(new Position(rel, header.line("template"), 1),
                    "the template " + Quote.of(template) + " is not in templates/", "name a file in templates/");
            return null;
        }
        if (template != null && !Files.isRegularFile(templates.resolve(template))) {
            problems.add(new Position(rel, header.line("template"), 1),
                    "the template " + Quote.of(template) + " does not exist in templates/");
            return null;
        }
        if (!"published".equals(header.text("status"))) {
            return null;
        }
        return new ContentPage(name, title, header.text("summary"), template, markdown.toHtml(header.body(lines)),
                new Origin(rel, Map.of("", start)));
    }
}
