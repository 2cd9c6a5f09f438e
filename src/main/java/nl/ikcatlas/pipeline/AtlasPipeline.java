package nl.ikcatlas.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import nl.ikcatlas.load.AtlasLoader;
import nl.ikcatlas.load.ContentLoader;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.load.OutsideLinks;
import nl.ikcatlas.map.OverviewBuilder;
import nl.ikcatlas.model.Atlas;
import nl.ikcatlas.model.ContentPage;
import nl.ikcatlas.print.ReportPdf;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.readability.FleschDouma;
import nl.ikcatlas.readability.PageReadability;
import nl.ikcatlas.readability.PageText;
import nl.ikcatlas.render.SiteRenderer;
import nl.ikcatlas.render.TermLinks;
import nl.ikcatlas.schema.SchemaFiles;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.validate.MarkdownRules;
import nl.ikcatlas.validate.Validator;
import nl.ikcatlas.view.SiteView;
import nl.ikcatlas.view.SiteViews;
import nl.ikcatlas.view.shared.ListPages;

/** The whole way from an atlas folder to a site: load, validate, view, render, publish. */
public final class AtlasPipeline {
    private final AtlasLoader loader;
    private final Validator validator = new Validator();
    private final SchemaFiles schemaFiles = new SchemaFiles();
    private final MarkdownRules markdownRules = new MarkdownRules();
    /** Made when the first report is: the PDF engine's classes are loaded only then. */
    private ReportPdf reportPdf;

    /** Maps with more places than this show areas with counts instead. */
    private final int maxMapPlaces;
    /** True for the preview, which rebuilds often: parsed files and templates are kept, the PDF left out. */
    private final boolean repeated;
    /** How many pages are rendered at once. */
    private final int jobs;
    /** Kept between builds when {@link #repeated}, until the templates change. */
    private SiteRenderer renderer;
    /** The templates folder {@link #renderer} reads. */
    private Path rendererTemplates;
    private final RenderedPages rendered = new RenderedPages();
    /** The edition of the atlas built last, which dates its report's PDF. */
    private LocalDate lastEdition;

    public AtlasPipeline() {
        this(OverviewBuilder.MAX_PLACES);
    }

    /** A pipeline whose maps show areas instead of places above {@code maxMapPlaces} places (tests use a low one). */
    public AtlasPipeline(int maxMapPlaces) {
        this(maxMapPlaces, false, machineJobs());
    }

    private AtlasPipeline(int maxMapPlaces, boolean repeated, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.maxMapPlaces = maxMapPlaces;
        this.repeated = repeated;
        this.jobs = jobs;
        this.loader = repeated ? AtlasLoader.keepingParsedFiles() : new AtlasLoader();
    }

    /**
     * A pipeline for building the same atlas again and again (the preview server): records of files whose
     * text did not change, parsed templates and pages whose view did not change are kept between builds
     * (call {@link #templatesChanged()} when a template changes), and the report's PDF is left out;
     * {@link #writeReportPdf} makes it on request.
     */
    public static AtlasPipeline forRepeatedBuilds() {
        return forRepeatedBuilds(machineJobs());
    }

    /** As {@link #forRepeatedBuilds()}, rendering {@code jobs} pages at once. */
    public static AtlasPipeline forRepeatedBuilds(int jobs) {
        return new AtlasPipeline(OverviewBuilder.MAX_PLACES, true, jobs);
    }

    /** One page rendered at a time per processor the JVM may use: the default. */
    public static int machineJobs() {
        return SiteRenderer.machineJobs();
    }

    /**
     * A pipeline that renders {@code jobs} pages at once (the default is one per processor); the site is the
     * same, byte for byte, however many.
     */
    public static AtlasPipeline withJobs(int jobs) {
        return new AtlasPipeline(OverviewBuilder.MAX_PLACES, false, jobs);
    }

    /** Forgets the parsed templates, so the next build reads them again. */
    public void templatesChanged() {
        renderer = null;
        rendered.forget();
    }

    /** Everything read from an atlas folder, checked; problems are collected, not thrown. */
    private record Input(LoadedAtlas loaded, List<ContentPage> content, boolean templatesInside) {
    }

    /**
     * The first step of both commands: load and validate the data (with the boundaries) and the content,
     * which {@code sources} holds with the templates.
     */
    private Input read(Path atlasDir, Path sources, Problems problems) {
        LoadedAtlas loaded = loader.load(atlasDir, problems);
        // the templates are read only when the site is made, and never when a link leads out of the atlas
        int before = problems.size();
        OutsideLinks.in(atlasDir, "templates", problems);
        boolean templatesInside = problems.size() == before;
        validator.validate(loaded, problems);
        List<ContentPage> content = new ContentLoader(sources).load(problems);
        markdownRules.check(sources, content, problems);
        return new Input(loaded, content, templatesInside);
    }

    /**
     * Checks everything {@link #build} checks, writing nothing: loads and validates, then builds the view of
     * every page and renders it with the templates, throwing the result away. When the data have problems
     * there are no views, and the templates are only compiled.
     */
    public BuildReport check(Path atlasDir) {
        Problems problems = new Problems();
        try (AtlasSources sources = AtlasSources.of(atlasDir)) {
            Input input = read(atlasDir, sources.dir(), problems);
            SiteRenderer checker = renderer(sources.dir());
            if (problems.isEmpty()) {
                checker.check(views(input).sources(), problems);
            } else if (input.templatesInside()) {
                checker.compile(problems);
            }
            return new BuildReport(problems.sorted(), records(input.loaded().atlas()), 0);
        } catch (IOException e) {
            return new BuildReport(List.of(sourcesProblem(e)), 0, 0);
        }
    }

    /**
     * Builds the site into {@code out}. On any problem nothing is published: the previous
     * contents of {@code out} stay exactly as they were.
     *
     * @throws OutputFolder.Refused when {@code out} is not the tool's to replace (see {@link OutputFolder#refusal})
     */
    public BuildReport build(Path atlasDir, Path out) {
        // the output folder is looked through while the atlas is read: a large site takes a while
        FutureTask<Optional<String>> refusal = new FutureTask<>(() -> OutputFolder.refusal(atlasDir, out));
        Thread looking = new Thread(refusal, "ikc-atlas-output-folder");
        looking.setDaemon(true);
        looking.start();
        try (AtlasSources sources = AtlasSources.of(atlasDir)) {
            return build(atlasDir, sources.dir(), out, refusal);
        } catch (IOException e) {
            refuseIf(refusal);
            return new BuildReport(List.of(sourcesProblem(e)), 0, 0);
        }
    }

    /** Throws the refusal of the output folder, if it has one, once it is known. */
    private static void refuseIf(Future<Optional<String>> refusal) {
        Optional<String> why;
        try {
            why = refusal.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the output folder was looked through", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        why.ifPresent(r -> {
            throw new OutputFolder.Refused(r);
        });
    }

    private static Problem sourcesProblem(IOException e) {
        return new Problem(Position.startOf(AtlasSources.TEMPLATES),
                "the default content and templates could not be read: " + e.getMessage(), null);
    }

    private BuildReport build(Path atlasDir, Path sources, Path out, Future<Optional<String>> refusal) {
        Problems problems = new Problems();
        Input input = read(atlasDir, sources, problems);
        refuseIf(refusal);
        Atlas atlas = input.loaded().atlas();
        List<ContentPage> content = input.content();
        if (!problems.isEmpty()) {
            if (input.templatesInside()) {
                renderer(sources).compile(problems);
            }
            return new BuildReport(problems.sorted(), records(atlas), 0);
        }
        SiteOutput output = new SiteOutput(out);
        List<PageReadability> readability = List.of();
        int pages = 0;
        try {
            Path staged = output.stage();
            lastEdition = atlas.settings().edition();
            LocalDate edition = lastEdition;
            ReportTask report = repeated ? null : new ReportTask(found -> reportPdf(out, staged, edition, found), records(atlas));
            try {
                pages = writeSite(sources, input, out, staged, problems, report);
            } catch (RuntimeException | Error e) {
                // a defect, or no memory left: the half-written site goes, the output folder stays as it was
                output.discard(staged);
                throw e;
            }
            if (report != null) {
                report.finish(problems);
            }
            if (problems.isEmpty()) {
                readability = readability(staged, SiteViews.parentPagePaths(content));
                output.publish(staged);
                if (repeated) {
                    rendered.published();
                }
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

    /**
     * The view step, once, then its other files written into {@code staged} and its pages rendered there
     * (when building repeatedly: those whose view changed since {@code out} was built), each made just before
     * it is rendered; {@code report}, when given, is started once the report's page is written. Returns how
     * many pages there are.
     */
    private int writeSite(Path sources, Input input, Path out, Path staged, Problems problems, ReportTask report)
            throws IOException {
        SiteView site = views(input);
        StagedSite files = new StagedSite(out, staged);
        SiteOutput.write(site.files(), files);
        SiteOutput.write(schemaFiles.files(), files);
        site = site.withoutFiles(); // written: not held while the pages are rendered
        SiteRenderer pageRenderer = renderer(sources);
        List<? extends PageSource> toRender = repeated
                ? rendered.toRender(site.pages(), input.content(), out, staged) : site.sources();
        String reportPage = SiteViews.report().html();
        pageRenderer.render(toRender, files, problems, new TermLinks(site.glossary())::link, path -> {
            if (report != null && path.equals(reportPage)) {
                report.pageWritten();
            }
        });
        return site.sources().size();
    }

    /**
     * Writes the council report's PDF into the site this pipeline built last (dated, like every build, by
     * that atlas's edition); its problems, if any, are returned.
     */
    public List<Problem> writeReportPdf(Path site) {
        Problems problems = new Problems();
        reportPdf(site, site, lastEdition, problems);
        return problems.sorted();
    }

    /** The view step: every page and every other file of the site. */
    private SiteView views(Input input) {
        return new SiteViews(input.loaded().boundaries(), maxMapPlaces, ListPages.MAX_CARDS, input.loaded().postcodes())
                .build(input.loaded().atlas(), input.content());
    }

    /** The renderer of the templates in {@code sources}: kept between builds when building repeatedly. */
    private SiteRenderer renderer(Path sources) {
        Path templates = sources.resolve(AtlasSources.TEMPLATES);
        SiteRenderer pageRenderer = renderer != null && templates.equals(rendererTemplates)
                ? renderer : new SiteRenderer(templates, jobs);
        renderer = repeated ? pageRenderer : null;
        rendererTemplates = templates;
        return pageRenderer;
    }

    /**
     * Writes the council report as a PDF next to its page, reusing the one in {@code previous} (the output
     * folder's last build) when its input is unchanged; a failure is a problem of the report's template.
     */
    private void reportPdf(Path previous, Path staged, LocalDate edition, Problems problems) {
        try {
            reportPdf().write(previous, staged, SiteViews.report().html(), SiteViews.report().pdf(), edition);
        } catch (IOException | RuntimeException e) {
            problems.add(Position.startOf("templates/" + SiteViews.report().template()),
                    "the report could not be made into a PDF: " + e.getMessage(),
                    "check the report template and the print styles in templates/assets/atlas.css");
        }
    }

    private synchronized ReportPdf reportPdf() {
        if (reportPdf == null) {
            reportPdf = new ReportPdf();
        }
        return reportPdf;
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
