package nl.ikcatlas.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
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
import java.util.stream.Stream;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.site.Page;
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
    /** Null when the templates folder is missing: that is reported by {@link #render}. */
    private final HtmlTemplateEngine engine;
    /**
     * Wraps each page's view for the templates. JBake's FreeMarker settings copy a list or map every
     * time a template reads it (a list of 40,000 places read once per place is quadratic); with
     * adapters the templates read the view's own lists and maps.
     */
    private final ObjectWrapper views = viewWrapper();

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
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        Path source = this.templatesDir.getParent() == null ? this.templatesDir : this.templatesDir.getParent();
        JBakeSetup.init();
        // JBake prints a stack trace for a missing folder and fails every page later; check first.
        this.engine = Files.isDirectory(this.templatesDir) ? engine(source, this.templatesDir) : null;
    }

    /**
     * Renders every page to {@code outDir/path} (UTF-8) and copies {@code templates/assets/} to
     * {@code outDir/assets/}. Every template is compiled first, used or not. Template mistakes become problems;
     * a page that fails is not written.
     *
     * @throws UncheckedIOException when the output cannot be written
     */
    public void render(List<Page> pages, Path outDir, Problems problems) {
        render(pages, outDir, problems, (path, html) -> html);
    }

    /** As above; every page passes through {@code filter} before it is written. */
    public void render(List<Page> pages, Path outDir, Problems problems, PageFilter filter) {
        if (templatesMissing(problems)) {
            return;
        }
        renderAll(pages, outDir, problems, filter);
        copyAssets(outDir);
    }

    /** Does all that {@link #render} does, but writes nothing: each page is rendered and thrown away. */
    public void check(List<Page> pages, Problems problems) {
        if (!templatesMissing(problems)) {
            renderAll(pages, null, problems, (path, html) -> html);
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

    /** Renders every page, writing it under {@code outDir}, or nowhere when that is null. */
    private void renderAll(List<Page> pages, Path outDir, Problems problems, PageFilter filter) {
        TemplateErrors errors = new TemplateErrors(problems);
        Set<String> broken = compileAll(errors);
        Set<Path> madeDirs = new HashSet<>();
        PageBuffer buffer = new PageBuffer();
        for (Page page : pages) {
            if (!broken.contains(page.template())) {
                renderPage(page, outDir, buffer, madeDirs, errors, broken, filter);
            }
        }
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

    private void renderPage(Page page, Path outDir, PageBuffer buffer, Set<Path> madeDirs, TemplateErrors errors,
            Set<String> broken, PageFilter filter) {
        Path target = outDir == null ? null : outDir.resolve(page.path());
        TemplateModel model = new TemplateModel();
        model.put(VIEW_KEY, wrap(page.view()));
        try {
            buffer.clear();
            engine.renderDocument(model, page.template(), buffer);
            if (target != null) {
                Path dir = target.getParent();
                if (dir != null && madeDirs.add(dir)) {
                    Files.createDirectories(dir);
                }
                Files.write(target, filter.apply(page.path(), buffer.toString()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (RenderingException e) {
            TemplateErrors.Kind kind = errors.report(e, page.template());
            if (kind == null) {
                throw new IllegalStateException("rendering " + page.path() + " failed", e);
            }
            if (kind == TemplateErrors.Kind.SYNTAX) {
                broken.add(page.template());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static HtmlTemplateEngine engine(Path source, Path templatesDir) {
        try {
            return new HtmlTemplateEngine(JBakeSetup.configuration(source, templatesDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + templatesDir, e);
        }
    }

    private static ObjectWrapper viewWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        builder.setUseAdaptersForContainers(true);
        return builder.build();
    }

    private Object wrap(Object view) {
        try {
            return views.wrap(view);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("the view " + view.getClass().getSimpleName() + " cannot be given to a template", e);
        }
    }

    private void copyAssets(Path outDir) {
        Path assets = templatesDir.resolve(ASSETS);
        if (!Files.isDirectory(assets)) {
            return;
        }
        Path targetRoot = outDir.resolve(ASSETS);
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = targetRoot.resolve(assets.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the assets to " + targetRoot, e);
        }
    }
}
