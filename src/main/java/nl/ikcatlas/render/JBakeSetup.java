package nl.ikcatlas.render;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Creates JBake's configuration for one atlas directory and keeps JBake's side effects in one place.
 * JBake logs through SLF4J into slf4j-nop (see the pom). OrientDB (pulled in by jbake-core) and FreeMarker
 * (which does not pick SLF4J by itself) log through java.util.logging, quieted here: template
 * errors are reported as problems, with positions, instead.
 */
final class JBakeSetup {
    /** Held so the level stays set: java.util.logging keeps only weak references to loggers. */
    private static final Logger ORIENT_LOG = quiet("com.orientechnologies", Level.WARNING);
    private static final Logger FREEMARKER_LOG = quiet("freemarker", Level.OFF);

    private JBakeSetup() {
    }

    /** Touch to make sure the class (and so the logging setup) has been initialised. */
    static void init() {
        ORIENT_LOG.getName();
        FREEMARKER_LOG.getName();
    }

    /** JBake's configuration with its templates in {@code templatesDir}; nothing is written by it. */
    static DefaultJBakeConfiguration configuration(Path sourceDir, Path templatesDir) {
        File source = sourceDir.toAbsolutePath().toFile();
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source, new File(source, "output"), false);
        config.setTemplateFolder(templatesDir.toAbsolutePath().toFile());
        return config;
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }
}
