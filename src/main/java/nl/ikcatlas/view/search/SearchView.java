package nl.ikcatlas.view.search;

import java.util.List;
import nl.ikcatlas.site.PageView;
import nl.ikcatlas.view.shared.Layout;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.Option;

/**
 * The search page. The filters' options come from the atlas; {@code indexHref} is the generated
 * script that defines the index and {@code scriptHref} the script that searches it, both relative.
 * {@code rootPrefix} turns an index entry's href into one relative to this page. The plain lists
 * ({@code byArea}, {@code byCare}, {@code byLevel}) offer every filter without JavaScript.
 * {@code example} is what a visitor might type, taken from the atlas's own places.
 */
public record SearchView(
        Layout layout,
        String example,
        String indexHref,
        String scriptHref,
        String rootPrefix,
        List<Option> kinds,
        List<Option> areas,
        List<Option> careTypes,
        List<Option> levels,
        List<Link> byArea,
        List<Link> byCare,
        List<Link> byLevel) implements PageView {
    @Override
    public String template() {
        return "zoeken.ftl";
    }

    public SearchView {
        kinds = List.copyOf(kinds);
        areas = List.copyOf(areas);
        careTypes = List.copyOf(careTypes);
        levels = List.copyOf(levels);
        byArea = List.copyOf(byArea);
        byCare = List.copyOf(byCare);
        byLevel = List.copyOf(byLevel);
    }

}
