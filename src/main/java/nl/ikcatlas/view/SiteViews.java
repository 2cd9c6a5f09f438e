package nl.ikcatlas.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.ikcatlas.export.AtlasJson;
import nl.ikcatlas.export.CsvFile;
import nl.ikcatlas.export.Downloads;
import nl.ikcatlas.map.Boundaries;
import nl.ikcatlas.map.MapAssets;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.map.Tiles;
import nl.ikcatlas.model.Area;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ChildcareHolder;
import nl.ikcatlas.model.ChildcareLocation;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.model.PostcodePoint;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.School;
import nl.ikcatlas.model.SchoolBoard;
import nl.ikcatlas.site.Glossary;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.site.SiteFile;
import nl.ikcatlas.view.areas.AreaPages;
import nl.ikcatlas.view.content.ContentPages;
import nl.ikcatlas.view.content.DownloadsPage;
import nl.ikcatlas.view.content.InstrumentPage;
import nl.ikcatlas.view.home.OverviewPages;
import nl.ikcatlas.view.kindcentra.KindcentrumPages;
import nl.ikcatlas.view.monitor.AreaOverviewPage;
import nl.ikcatlas.view.monitor.ChangesPage;
import nl.ikcatlas.view.monitor.MonitorPage;
import nl.ikcatlas.view.monitor.ReportPage;
import nl.ikcatlas.view.monitor.ReportView;
import nl.ikcatlas.view.organisations.OrganisationPages;
import nl.ikcatlas.view.places.PlacePages;
import nl.ikcatlas.view.search.GeoData;
import nl.ikcatlas.view.search.PostcodeTable;
import nl.ikcatlas.view.search.SearchIndex;
import nl.ikcatlas.view.search.SearchIndexScript;
import nl.ikcatlas.view.search.SearchPages;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Cards;
import nl.ikcatlas.view.shared.Explanations;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.ListPages;
import nl.ikcatlas.view.shared.Maps;
import nl.ikcatlas.view.shared.NameOrder;
import nl.ikcatlas.view.shared.PageLimits;
import nl.ikcatlas.view.shared.Scale;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SiteAddress;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.ViewContext;

/**
 * Turns a validated atlas and the content pages into every page of the site, each with its typed
 * view. Lookups are built once, so the work grows linearly with the number of records.
 */
public final class SiteViews {
    private final Boundaries boundaries;
    private final int maxMapPlaces;
    private final PageLimits limits;
    private final List<PostcodePoint> postcodes;

    /** Without boundary files: area outlines are derived from the places. */
    public SiteViews() {
        this(Boundaries.NONE);
    }

    public SiteViews(Boundaries boundaries) {
        this(boundaries, OverviewBuilder.MAX_PLACES);
    }

    /** {@code maxMapPlaces}: a map with more places than this shows areas with counts instead. */
    public SiteViews(Boundaries boundaries, int maxMapPlaces) {
        this(boundaries, maxMapPlaces, ListPages.MAX_CARDS, List.of());
    }

    /**
     * {@code maxListCards}: an overview list with more cards than this is split over several pages;
     * {@code postcodes}: the points of the postcode file, for the search page's "near me".
     */
    public SiteViews(Boundaries boundaries, int maxMapPlaces, int maxListCards, List<PostcodePoint> postcodes) {
        this(boundaries, maxMapPlaces, PageLimits.DEFAULT.withListCards(maxListCards), postcodes);
    }

    /** {@code limits}: above which sizes the lists, the monitor, the changes and the figures per area are split. */
    public SiteViews(Boundaries boundaries, int maxMapPlaces, PageLimits limits, List<PostcodePoint> postcodes) {
        this.boundaries = boundaries;
        this.maxMapPlaces = maxMapPlaces;
        this.limits = limits;
        this.postcodes = List.copyOf(postcodes);
    }

    /**
     * The view step: every page of the site (home, overviews, one per record, the instrument, and the
     * content pages) and every other file, all from one index. The views of the pages of single records
     * and of the large pages are made only when their page is asked for, from that same index.
     */
    public SiteView build(Atlas atlas, List<ContentPage> content) {
        ViewContext ctx = context(atlas, content);
        AtlasIndex index = ctx.index();

        int records = atlas.areas().size() + atlas.kindcentra().size() + atlas.schools().size()
                + atlas.childcareLocations().size() + atlas.boards().size() + atlas.holders().size();
        List<PageSource> pages = new ArrayList<>(records + content.size() + 8);

        OverviewPages overview = new OverviewPages(ctx);
        List<CsvFile<?>> downloads = new Downloads().tables(atlas);
        ChangesPage changes = new ChangesPage(ctx);
        // the overview lists, the search pages and the other files are made up front, side by side
        List<List<Page>> lists = sideBySide(List.of(overview::lists, () -> new SearchPages(ctx).pages()));
        List<List<SiteFile>> madeFiles = sideBySide(List.of(
                () -> List.of(new SearchIndexScript().file(new SearchIndex(ctx).entries(),
                        PostcodeTable.of(atlas, postcodes))),
                () -> List.of(new GeoData().file(ctx)),
                () -> new MapAssets().files(),
                () -> downloads.stream().map(CsvFile::file).toList(),
                () -> new AtlasJson().files(atlas)));

        pages.add(PageSource.lazy(SitePaths.HOME, overview::home));
        pages.addAll(lists.get(0));
        pages.add(new InstrumentPage(ctx).page());
        pages.addAll(new MonitorPage(ctx).pages());
        pages.addAll(new AreaOverviewPage(ctx).pages());
        pages.addAll(changes.pages());
        pages.add(PageSource.lazy(SitePaths.REPORT, new ReportPage(ctx)::page));
        pages.add(new DownloadsPage(ctx).page(downloads));

        // one page per record: made when rendered, so no more of their views are held than are rendered at once
        AreaPages areas = new AreaPages(ctx);
        for (Area a : index.sortedAreas()) {
            pages.add(PageSource.lazy(SitePaths.area(a.id()), () -> areas.page(a)));
            pages.addAll(areas.placeLists(a));
        }
        KindcentrumPages kindcentra = new KindcentrumPages(ctx);
        for (Kindcentrum k : index.sortedKindcentra()) {
            pages.add(PageSource.lazy(SitePaths.kindcentrum(k.id()), () -> kindcentra.page(k)));
        }
        PlacePages places = new PlacePages(ctx);
        for (School s : index.sortedSchools()) {
            pages.add(PageSource.lazy(SitePaths.school(s.id()), () -> places.school(s)));
        }
        for (ChildcareLocation c : index.sortedChildcare()) {
            pages.add(PageSource.lazy(SitePaths.childcare(c.id()), () -> places.childcare(c)));
        }
        OrganisationPages organisations = new OrganisationPages(ctx);
        for (SchoolBoard b : index.sortedBoards()) {
            pages.add(PageSource.lazy(SitePaths.board(b.id()), () -> organisations.board(b)));
        }
        for (ChildcareHolder h : index.sortedHolders()) {
            pages.add(PageSource.lazy(SitePaths.holder(h.id()), () -> organisations.holder(h)));
        }
        pages.addAll(lists.get(1));
        ContentPages contentPages = new ContentPages(ctx);
        for (ContentPage c : content) {
            pages.add(contentPages.page(c));
        }
        List<SiteFile> files = new ArrayList<>();
        madeFiles.forEach(files::addAll);
        SiteAddress address = ctx.layouts().address();
        if (address.published()) {
            files.add(changes.feed());
            files.addAll(new PublishingFiles(address, atlas.settings().edition().toString()).files(pages));
        }
        return new SiteView(pages, files, glossary(content));
    }

    /** What each maker makes, made side by side (the views are safe to make on several threads), in order. */
    private static <T> List<T> sideBySide(List<Supplier<T>> makers) {
        return makers.parallelStream().map(Supplier::get).toList();
    }

    private static Glossary glossary(List<ContentPage> content) {
        for (ContentPage c : content) {
            if (Explanations.GLOSSARY.equals(c.name())) {
                return new Glossary(SitePaths.content(c.name()), c.html());
            }
        }
        return Glossary.NONE;
    }

    /**
     * The pages written for parents, whose reading ease the build measures: the home page, the search
     * page and every content page.
     */
    public static List<String> parentPagePaths(List<ContentPage> content) {
        List<String> paths = new ArrayList<>(List.of(SitePaths.HOME, Section.SEARCH.indexPath()));
        for (ContentPage c : content) {
            paths.add(SitePaths.content(c.name()));
        }
        return List.copyOf(paths);
    }

    /** The council report: its template, its page and the PDF the build makes of that page. */
    public record ReportFiles(String template, String html, String pdf) {
    }

    public static ReportFiles report() {
        return new ReportFiles(ReportView.TEMPLATE, SitePaths.REPORT, SitePaths.REPORT_PDF);
    }

    /** What every page builder of one build shares: the index, scale, cards, layouts and maps. */
    public ViewContext context(Atlas atlas, List<ContentPage> content) {
        AtlasIndex index = new AtlasIndex(atlas, new NameOrder());
        Scale scale = new Scale(atlas.instrument());
        boolean hasAbout = content.stream().anyMatch(c -> ContentPages.ABOUT_NAME.equals(c.name()));
        Layouts layouts = new Layouts(atlas.settings(), hasAbout, new Explanations(titles(content)));
        return new ViewContext(index, scale, new Cards(index, scale), layouts,
                new Maps(index, boundaries, Tiles.of(atlas.settings().map().tiles()), maxMapPlaces),
                new ListPages(layouts, limits.listCards()), limits);
    }

    private static Map<String, String> titles(List<ContentPage> content) {
        Map<String, String> titles = new HashMap<>();
        for (ContentPage c : content) {
            titles.put(c.name(), c.title());
        }
        return titles;
    }
}
