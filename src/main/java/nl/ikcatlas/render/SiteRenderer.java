package nl.ikcatlas.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.site.PageSource;
import nl.ikcatlas.site.SiteWriter;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Writes pages with JBake's template engine (FreeMarker), one file per page, without JBake's
 * content database or {@code Oven}, whose rendering grows quadratically with the number of pages.
 * Built once per build: FreeMarker parses each template once and caches it.
 */
public final class SiteRenderer {
    /** The key a template reads its view under: {@code <#assign p = page>}. */
    public static final String VIEW_KEY = "page";
    static final String ASSETS = "assets";

    private final Path templatesDir;
    /** How many pages are rendered at once. */
    private final int jobs;
    /** Null when the templates folder is missing: that is reported by {@link #render}. */
    private final HtmlTemplateEngine engine;
    /**
     * Wraps each page's view for the templates. JBake's FreeMarker settings copy a list or map every
     * time a template reads it (a list of 40,000 places read once per place is quadratic); with
     * adapters the templates read the view's own lists and maps.
     */
    private final ObjectWrapper views = new ViewWrapper();

    /** A last step on every rendered page (such as linking glossary terms): path and HTML in, HTML out. */
    @FunctionalInterface
    public interface PageFilter {
        String apply(String path, String html);
    }

    /**
     * {@code templatesDir} is the atlas's {@code templates/}: the templates and their {@code assets/}.
     * Each template is parsed once, when first used, for as long as this renderer is kept.
     */
    public SiteRenderer(Path templatesDir) {
        this(templatesDir, machineJobs());
    }

    /** As above, rendering {@code jobs} pages at once (1: all on the calling thread). */
    public SiteRenderer(Path templatesDir, int jobs) {
        this.jobs = jobs;
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        Path source = this.templatesDir.getParent() == null ? this.templatesDir : this.templatesDir.getParent();
        JBakeSetup.init();
        // JBake prints a stack trace for a missing folder and fails every page later; check first.
        this.engine = Files.isDirectory(this.templatesDir) ? engine(source, this.templatesDir, views) : null;
    }

    /**
     * Copies {@code templates/assets/} to {@code outDir/assets/} and renders every page to {@code outDir/path}
     * (UTF-8). Every template is compiled first, used or not. Template mistakes become problems;
     * a page that fails is not written.
     *
     * @throws UncheckedIOException when the output cannot be written
     */
    public void render(List<? extends PageSource> pages, Path outDir, Problems problems) {
        render(pages, SiteWriter.into(outDir), problems, (path, html) -> html, path -> { });
    }

    /**
     * As above; every page passes through {@code filter} before it is written, and {@code written} is told the
     * path of every page once its file is complete (on the thread that wrote it).
     */
    public void render(List<? extends PageSource> pages, SiteWriter out, Problems problems, PageFilter filter,
            Consumer<String> written) {
        if (templatesMissing(problems)) {
            return;
        }
        copyAssets(out); // first: a page's file may be read as soon as it is written (the report's PDF)
        renderAll(pages, out, problems, filter, written);
    }

    /** Does all that {@link #render} does, but writes nothing: each page is rendered and thrown away. */
    public void check(List<? extends PageSource> pages, Problems problems) {
        if (!templatesMissing(problems)) {
            renderAll(pages, null, problems, (path, html) -> html, path -> { });
        }
    }

    /**
     * Compiles every template without rendering a page: for when the data have problems, so that there are no
     * pages, and the templates' syntax is still checked in the same run.
     */
    public void compile(Problems problems) {
        if (!templatesMissing(problems)) {
            compileAll(new TemplateErrors(problems));
        }
    }

    private boolean templatesMissing(Problems problems) {
        if (engine == null) {
            problems.add(Position.startOf("templates"), "the templates folder is missing",
                    "the atlas needs a folder templates/ with the page templates");
        }
        return engine == null;
    }

    /** How a page went: its template, and the error when rendering failed (null when it did not). */
    private record Outcome(String template, RenderingException error) {
    }

    /**
     * Renders every page, writing it to {@code out}, or nowhere when that is null. The pages are
     * made and rendered on {@link #jobs} threads; their errors are reported in the order of the pages, as
     * one thread would, so the problems are the same however many threads there are.
     */
    private void renderAll(List<? extends PageSource> pages, SiteWriter out, Problems problems, PageFilter filter,
            Consumer<String> written) {
        TemplateErrors errors = new TemplateErrors(problems);
        Set<String> broken = ConcurrentHashMap.newKeySet();
        broken.addAll(compileAll(errors));
        ThreadLocal<PageBuffer> buffers = ThreadLocal.withInitial(PageBuffer::new);
        new InOrder(jobs).run(pages, source -> {
            Page page = source.page();
            if (broken.contains(page.template())) {
                return null;
            }
            RenderingException error = renderPage(page, out, buffers.get(), filter);
            if (error == null && out != null) {
                written.accept(page.path());
            }
            return new Outcome(page.template(), error);
        }, outcome -> {
            if (outcome != null && outcome.error() != null && !broken.contains(outcome.template())) {
                TemplateErrors.Kind kind = errors.report(outcome.error(), outcome.template());
                if (kind == null) {
                    throw new IllegalStateException("rendering with " + outcome.template() + " failed", outcome.error());
                }
                if (kind == TemplateErrors.Kind.SYNTAX) {
                    broken.add(outcome.template());
                }
            }
        });
    }

    /**
     * Compiles every template of the folder by rendering it without a view, to nowhere: its syntax errors are
     * reported (those of the templates it imports too); the errors of a template that needs a view are not
     * errors here. Returns the templates that can never render.
     */
    private Set<String> compileAll(TemplateErrors errors) {
        Set<String> broken = new HashSet<>();
        List<String> names;
        try (Stream<Path> files = Files.list(templatesDir)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates in " + templatesDir, e);
        }
        for (String name : names) {
            try {
                engine.renderDocument(new TemplateModel(), name, Writer.nullWriter());
            } catch (RenderingException e) {
                if (errors.reportSyntax(e, name)) {
                    broken.add(name);
                }
            }
        }
        return broken;
    }

    /** Renders one page and writes it (unless {@code out} is null); returns the template's error, if any. */
    private RenderingException renderPage(Page page, SiteWriter out, PageBuffer buffer, PageFilter filter) {
        TemplateModel model = new TemplateModel();
        model.put(VIEW_KEY, wrap(page.view()));
        try {
            buffer.clear();
            engine.renderDocument(model, page.template(), buffer);
            if (out != null) {
                out.write(page.path(), filter.apply(page.path(), buffer.toString()).getBytes(StandardCharsets.UTF_8));
            }
            return null;
        } catch (RenderingException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page.path(), e);
        }
    }

    /** One page at a time per processor the JVM may use. */
    public static int machineJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static HtmlTemplateEngine engine(Path source, Path templatesDir, ObjectWrapper views) {
        try {
            return new HtmlTemplateEngine(JBakeSetup.configuration(source, templatesDir), views);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + templatesDir, e);
        }
    }

    private Object wrap(Object view) {
        try {
            return views.wrap(view);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("the view " + view.getClass().getSimpleName() + " cannot be given to a template", e);
        }
    }

    private void copyAssets(SiteWriter out) {
        Path assets = templatesDir.resolve(ASSETS);
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    out.write(ASSETS + "/" + assets.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the assets", e);
        }
    }
}
