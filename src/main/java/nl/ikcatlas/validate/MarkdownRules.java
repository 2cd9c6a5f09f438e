package nl.ikcatlas.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ikcatlas.load.LinkTargets;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The links and images of the content pages' Markdown, read from each page's file: a link may only go to
 * http, https or mailto addresses or to the site, an image only come from the site. Each problem is reported
 * at its line and column; the page itself never shows them (the Markdown renderer drops them too).
 */
public final class MarkdownRules {
    /** The line that ends a content file's header (JBake's default). */
    static final String HEADER_END = "~~~~~~";
    private static final int EXCERPT = 60;

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    public void check(Path atlasDir, List<ContentPage> pages, Problems problems) {
        for (ContentPage page : pages) {
            String file = page.origin().file();
            try {
                check(file, Files.readString(atlasDir.resolve(file), StandardCharsets.UTF_8), problems);
            } catch (IOException e) {
                // the page was read a moment ago; a file that disappears since is reported by the next run
            }
        }
    }

    /** Checks the Markdown body of {@code text}, the whole content file named {@code file}. */
    public void check(String file, String text, Problems problems) {
        List<String> lines = text.lines().toList();
        int header = 0;
        while (header < lines.size() && !lines.get(header).replace("\uFEFF", "").trim().equals(HEADER_END)) {
            header++;
        }
        if (header >= lines.size()) {
            return;
        }
        int firstLine = header + 2;
        Node document = parser.parse(String.join("\n", lines.subList(header + 1, lines.size())));
        Set<String> badDefinitions = new HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(LinkReferenceDefinition definition) {
                if (!LinkTargets.isAllowedLink(definition.getDestination())) {
                    badDefinitions.add(definition.getDestination());
                    badLink(at(file, firstLine, definition), definition.getDestination(), problems);
                }
            }
        });
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!LinkTargets.isAllowedLink(link.getDestination()) && !badDefinitions.contains(link.getDestination())) {
                    badLink(at(file, firstLine, link), link.getDestination(), problems);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!LinkTargets.isSiteImage(image.getDestination()) && !badDefinitions.contains(image.getDestination())) {
                    problems.add(at(file, firstLine, image), "the image " + excerpt(image.getDestination())
                            + " is not a file of this site, so it is left out of the page",
                            "put the picture in templates/assets/ and write ![description](assets/NAME.png)");
                }
                visitChildren(image);
            }
        });
    }

    private static void badLink(Position at, String destination, Problems problems) {
        problems.add(at, "the link " + excerpt(destination) + " is left out of the page: links may only go to"
                + " http, https or mailto addresses, or to a page of this site",
                "write a web address that starts with https://, or a page name such as niveaus.html");
    }

    private static Position at(String file, int firstLine, Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Position(file, firstLine, 1);
        }
        return new Position(file, firstLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
    }

    /** At most {@value #EXCERPT} characters of the address, quoted, without line breaks. */
    static String excerpt(String value) {
        String flat = value.replaceAll("\\s+", " ");
        return "'" + (flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "..." : flat) + "'";
    }
}
