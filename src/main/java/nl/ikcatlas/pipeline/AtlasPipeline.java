package nl.ikcatlas.pipeline;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.export.AtlasJson;
import nl.ikcatlas.export.Downloads;
import nl.ikcatlas.export.SearchIndexScript;
import nl.ikcatlas.export.SiteFiles;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.load.OutsideLinks;
import nl.ikcatlas.map.MapAssets;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.print.ReportPdf;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.readability.FleschDouma;
import nl.ikcatlas.readability.PageReadability;
import nl.ikcatlas.readability.PageText;
import nl.ikcatlas.render.ContentLoader;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.validate.Validator;
import nl.ikcatlas.view.GeoData;
import nl.ikcatlas.view.Page;
import nl.ikcatlas.view.SiteViews;
import nl.ikcatlas.view.TermLinks;

/** The whole way from an atlas folder to a site: load, validate, view, render, publish. */
public final class AtlasPipeline {
    private final AtlasLoader loader = new AtlasLoader();
    private final Validator validator = new Validator();
    /** Files other than pages; each capability that writes data files adds its source here. */
    private final SiteFiles siteFiles =
            new SiteFiles(List.of(new SearchIndexScript(), new GeoData(), new MapAssets(), new Downloads(), new AtlasJson()));
    private final ReportPdf reportPdf = new ReportPdf();

    /** Maps with more places than this show areas with counts instead. */
    private final int maxMapPlaces;

    public AtlasPipeline() {
        this(OverviewBuilder.MAX_PLACES);
    }

    /** A pipeline whose maps show areas instead of places above {@code maxMapPlaces} places (tests use a low one). */
    public AtlasPipeline(int maxMapPlaces) {
        this.maxMapPlaces = maxMapPlaces;
    }

    /** Everything read from an atlas folder, checked; problems are collected, not thrown. */
    private record Input(LoadedAtlas loaded, List<ContentPage> content) {
    }

    /** The first step of both commands: load and validate the data (with the boundaries) and the content. */
    private Input read(Path atlasDir, Problems problems) {
        LoadedAtlas loaded = loader.load(atlasDir, problems);
        // the templates are read only when the site is made, and never when a link leads out of the atlas
        OutsideLinks.in(atlasDir, "templates", problems);
        validator.validate(loaded, problems);
        List<ContentPage> content = new ContentLoader(atlasDir).load(problems);
        return new Input(loaded, content);
    }

    /** Loads and validates only. */
    public BuildReport check(Path atlasDir) {
        Problems problems = new Problems();
        Input input = read(atlasDir, problems);
        return new BuildReport(problems.sorted(), records(input.loaded().atlas()), 0);
    }

    /**
     * Builds the site into {@code out}. On any problem nothing is published: the previous
     * contents of {@code out} stay exactly as they were.
     *
     * @throws IllegalArgumentException when {@code out} is not the tool's to replace: check {@link OutputFolder} first
     */
    public BuildReport build(Path atlasDir, Path out) {
        OutputFolder.refusal(atlasDir, out).ifPresent(refusal -> {
            throw new IllegalArgumentException(refusal);
        });
        Problems problems = new Problems();
        Input input = read(atlasDir, problems);
        Atlas atlas = input.loaded().atlas();
        List<ContentPage> content = input.content();
        if (!problems.isEmpty()) {
            return new BuildReport(problems.sorted(), records(atlas), 0);
        }
        SiteOutput output = new SiteOutput(out);
        List<PageReadability> readability = List.of();
        int pages = 0;
        try {
            Path staged = output.stage();
            pages = writePages(atlasDir, input, staged, problems);
            if (problems.isEmpty()) {
                // after the pages, whose views are no longer held, so the PDF has the memory to itself
                reportPdf(staged, atlas.settings().edition(), problems);
            }
            siteFiles.write(atlas, staged);
            if (problems.isEmpty()) {
                readability = readability(staged, SiteViews.parentPagePaths(content));
                output.publish(staged);
            } else {
                output.discard(staged);
            }
        } catch (IOException e) {
            problems.add(Position.startOf(out.toString()), "the site could not be written: " + e.getMessage(),
                    "check that the output folder can be written to");
        }
        return new BuildReport(problems.sorted(), records(atlas), problems.isEmpty() ? pages : 0,
                problems.isEmpty() ? readability : List.of());
    }

    /** Builds the views of every page and renders them into {@code staged}; returns how many pages there are. */
    private int writePages(Path atlasDir, Input input, Path staged, Problems problems) {
        List<Page> pages = new SiteViews(input.loaded().boundaries(), maxMapPlaces)
                .pages(input.loaded().atlas(), input.content());
        new SiteRenderer(atlasDir.resolve("templates"), new TermLinks(input.content())::link)
                .render(pages, staged, problems);
        return pages.size();
    }

    /** Writes the council report as a PDF next to its page; a failure is a problem of the report's template. */
    private void reportPdf(Path staged, LocalDate edition, Problems problems) {
        try {
            reportPdf.write(staged, SiteViews.report().html(), SiteViews.report().pdf(), edition);
        } catch (IOException | RuntimeException e) {
            problems.add(Position.startOf("templates/" + SiteViews.report().template()),
                    "the report could not be made into a PDF: " + e.getMessage(),
                    "check the report template and the print styles in templates/assets/atlas.css");
        }
    }

    /** The Flesch-Douma reading ease of each page written for parents, as a visitor reads it. */
    private static List<PageReadability> readability(Path site, List<String> paths) throws IOException {
        FleschDouma measure = new FleschDouma();
        List<PageReadability> result = new ArrayList<>(paths.size());
        for (String path : paths) {
            Path file = site.resolve(path);
            if (Files.isRegularFile(file)) {
                String text = PageText.of(Files.readString(file, StandardCharsets.UTF_8));
                result.add(new PageReadability(path, measure.measure(text)));
            }
        }
        return result;
    }

    private static int records(Atlas atlas) {
        return atlas.areas().size() + atlas.boards().size() + atlas.schools().size() + atlas.holders().size()
                + atlas.childcareLocations().size() + atlas.kindcentra().size()
                + (atlas.settings() == null ? 0 : 1) + (atlas.instrument() == null ? 0 : 1);
    }

}
