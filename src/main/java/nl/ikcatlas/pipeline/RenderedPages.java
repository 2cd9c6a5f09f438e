package nl.ikcatlas.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.site.Page;

/**
 * The pages of the site last published by a pipeline that builds again and again: a page whose view is
 * equal to the one it was rendered from (views are records, compared field by field) is not rendered
 * again but linked from the published site into the new one. The content pages feed the glossary links
 * of every page, so any change to them renders everything; so does a change to the templates.
 */
final class RenderedPages {
    private Map<String, Page> published = Map.of();
    private List<ContentPage> content = List.of();
    /** The pages and content of the build under way, published or not. */
    private List<Page> building = List.of();
    private List<ContentPage> buildingContent = List.of();

    /** The pages to render into {@code staged}; every other page is linked there from {@code out}. */
    List<Page> toRender(List<Page> pages, List<ContentPage> content, Path out, Path staged) throws IOException {
        building = pages;
        buildingContent = content;
        if (!content.equals(this.content)) {
            return pages;
        }
        List<Page> changed = new ArrayList<>();
        for (Page page : pages) {
            Path before = out.resolve(page.path());
            if (page.equals(published.get(page.path())) && Files.isRegularFile(before)) {
                Path target = staged.resolve(page.path());
                Files.createDirectories(target.getParent());
                Files.createLink(target, before);
            } else {
                changed.add(page);
            }
        }
        return changed;
    }

    /** The build under way was published: its pages are the ones to compare with next time. */
    void published() {
        Map<String, Page> byPath = new HashMap<>();
        building.forEach(page -> byPath.put(page.path(), page));
        published = byPath;
        content = buildingContent;
    }

    /** Forgets every page, so the next build renders all of them (the templates changed). */
    void forget() {
        published = Map.of();
    }
}
