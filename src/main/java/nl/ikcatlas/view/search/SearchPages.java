package nl.ikcatlas.view.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.CareType;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.ListPages;
import nl.ikcatlas.view.shared.ListView;
import nl.ikcatlas.view.shared.OpenPlaces;
import nl.ikcatlas.view.shared.Option;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * The search page, and the plain lists that offer each of its filters without JavaScript: one page
 * per care type, one for VVE and one per ambition level. Lists per area are the area pages. Like the
 * search index, these lists hold only places open on the edition date.
 */
public final class SearchPages {
    /** The generated script that defines the index, next to the search page. */
    public static final String SEARCH_SCRIPT = "assets/zoeken.js";

    private final ViewContext ctx;

    public SearchPages(ViewContext ctx) {
        this.ctx = ctx;
    }

    public List<Page> pages() {
        OpenPlaces open = new OpenPlaces(ctx.index().atlas().settings().edition());
        List<Page> pages = new ArrayList<>();
        pages.add(search());
        for (CareType type : CareType.values()) {
            pages.addAll(list(carePath(type), Labels.careType(type),
                    Labels.careTypeExplained(type) + " Hier staan alle locaties met " + Labels.careTypeShort(type)
                            + ", per kern.",
                    ctx.index().sortedChildcare(), c -> open.open(c) && c.careTypes().contains(type), ChildcareLocation::area,
                    ctx.cards()::childcare, "de gegevens van de opvang", ChildcareLocation::source));
        }
        pages.addAll(list(vvePath(), "Opvang met VVE",
                "VVE is een programma voor peuters die extra steun nodig hebben bij taal of ontwikkeling."
                        + " Hier staan alle locaties die VVE mogen geven, per kern.",
                ctx.index().sortedChildcare(), c -> open.open(c) && c.vve(), ChildcareLocation::area,
                ctx.cards()::childcare, "de gegevens van de opvang", ChildcareLocation::source));
        List<AmbitionLevel> levels = ctx.scale().levels();
        for (int i = 0; i < levels.size(); i++) {
            int min = i + 1;
            AmbitionLevel level = levels.get(i);
            pages.addAll(list(levelPath(level), "Kindcentra op minstens niveau " + level.name(),
                    "Hier staan de kindcentra die bij de laatste meting meestal op niveau " + level.name() + " ("
                            + min + " van " + levels.size() + ") of hoger zitten. " + level.summary(),
                    ctx.index().sortedKindcentra(),
                    k -> open.open(k) && SearchIndex.typicalLevel(ctx.scale(), k) >= min,
                    Kindcentrum::area, ctx.cards()::kindcentrum, "de ambitieniveaus",
                    k -> SearchIndex.latest(k) == null ? k.source() : SearchIndex.latest(k).source()));
        }
        return pages;
    }

    private Page search() {
        String path = Section.SEARCH.indexPath();
        String root = Page.rootFrom(path);
        AtlasIndex index = ctx.index();
        List<Option> kinds = List.of(new Option(SearchIndex.KIND_KINDCENTRUM, "Kindcentra"),
                new Option(SearchIndex.KIND_SCHOOL, "Scholen"),
                new Option(SearchIndex.KIND_CHILDCARE, "Opvang"));
        List<Option> areas = new ArrayList<>();
        List<Link> byArea = new ArrayList<>();
        for (Area top : index.sortedAreas()) {
            if (top.parent() == null) {
                addArea(top, "", root, areas, byArea);
            }
        }
        List<Option> care = new ArrayList<>();
        List<Link> byCare = new ArrayList<>();
        for (CareType type : CareType.values()) {
            care.add(new Option(type.code(), Labels.careType(type)));
            byCare.add(new Link(root + carePath(type), Labels.careType(type)));
        }
        byCare.add(new Link(root + vvePath(), "Opvang met VVE"));
        List<Option> levels = new ArrayList<>();
        List<Link> byLevel = new ArrayList<>();
        List<AmbitionLevel> all = ctx.scale().levels();
        for (int i = 0; i < all.size(); i++) {
            AmbitionLevel level = all.get(i);
            String label = "Minstens " + level.name() + " (" + (i + 1) + " van " + all.size() + ")";
            levels.add(new Option(Integer.toString(i + 1), label));
            byLevel.add(new Link(root + levelPath(level), "Kindcentra op minstens niveau " + level.name()));
        }
        SearchView view = new SearchView(
                ctx.layouts().layout(path, Section.SEARCH, "Zoeken", List.of(), ctx.notes()),
                example(), root + SitePaths.SEARCH_INDEX,
                root + SEARCH_SCRIPT, root, kinds, areas, care, levels, byArea, byCare, byLevel);
        return new Page(path, view);
    }

    /**
     * "Bijvoorbeeld: 2665 TK of Bleiswijk.": the postcode and place of the first open school (short, so on a
     * phone it takes one line and the first result stays on the first screen; the label names streets).
     */
    private String example() {
        OpenPlaces open = new OpenPlaces(ctx.index().atlas().settings().edition());
        return ctx.index().sortedSchools().stream().filter(open::open).findFirst()
                .map(school -> "Bijvoorbeeld: " + school.address().postcode() + " of " + school.address().place() + ".")
                .orElse("Bijvoorbeeld: een naam, een straat of een postcode.");
    }

    private void addArea(Area area, String indent, String root, List<Option> options, List<Link> links) {
        String label = indent + area.name() + " (" + Labels.areaKind(area.kind()).toLowerCase(Dutch.LOCALE) + ")";
        options.add(new Option(area.id(), label));
        links.add(new Link(root + SitePaths.area(area.id()), area.name()));
        for (Area child : ctx.index().childAreas(area.id())) {
            addArea(child, indent + "\u2013 ", root, options, links);
        }
    }

    /** The pages of one list; a long one is split over several pages ({@link ListPages}). */
    private <T> List<Page> list(String path, String title, String intro, List<T> all, Predicate<T> keep,
            Function<T, String> area, BiFunction<String, T, Card> card, String topic, Function<T, String> source) {
        SourceNotes notes = ctx.notes();
        Map<String, List<Card>> groups = new LinkedHashMap<>();
        for (Area a : ctx.index().sortedAreas()) {
            if (a.parent() == null) {
                groups.put(a.id(), new ArrayList<>());
            }
        }
        int count = 0;
        for (T item : all) {
            if (keep.test(item)) {
                String top = ctx.index().topArea(area.apply(item));
                groups.computeIfAbsent(top, k -> new ArrayList<>()).add(card.apply("", item));
                notes.add(source.apply(item), topic);
                count++;
            }
        }
        List<ListView.Group> result = new ArrayList<>();
        groups.forEach((id, cards) -> {
            if (!cards.isEmpty()) {
                result.add(new ListView.Group(ctx.index().area(id).name(), cards));
            }
        });
        return ctx.lists().pages(path, Section.SEARCH, List.of(Layouts.sectionCrumb(Section.SEARCH)),
                new ListPages.Content(title, intro, Dutch.number(count), result, notes));
    }

    public static String carePath(CareType type) {
        return Section.SEARCH.directory() + "/" + type.code() + ".html";
    }

    public static String vvePath() {
        return Section.SEARCH.directory() + "/vve.html";
    }

    public static String levelPath(AmbitionLevel level) {
        return Section.SEARCH.directory() + "/niveau-" + level.id() + ".html";
    }
}
