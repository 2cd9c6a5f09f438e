package nl.ikcatlas.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's FreeMarker engine with one difference: every template is HTML, so every {@code ${...}}
 * is escaped unless a template says {@code ?no_esc}. JBake builds its FreeMarker configuration
 * without an output format and gives no way to set one, so the configuration is made here, the
 * one place where FreeMarker is set up, with JBake's other settings (encodings, time zone, folder).
 */
final class HtmlTemplateEngine extends AbstractTemplateEngine {
    private final Configuration freemarker;

    HtmlTemplateEngine(JBakeConfiguration config, ObjectWrapper views) throws IOException {
        super(config, null);
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setObjectWrapper(views);
        // .ftlh/.ftlx would pick their own format by name; here every template is HTML, whatever its name.
        freemarker.setRecognizeStandardFileExtensions(false);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            freemarker.getTemplate(templateName).process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
