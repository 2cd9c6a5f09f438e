package nl.ikcatlas.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's validator) in-process: the schemas are inside its jar, nothing is
 * fetched. Set up once (about a second), then a few milliseconds a page.
 */
public final class HtmlValidator {
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    public HtmlValidator() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                warnings.add(format(e));
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(format(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(format(e));
            }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
            validator.setUpValidatorAndParsers(handler, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the validator could not be set up", e);
        }
    }

    /** The errors in one page, each as {@code line:column: message}; empty when the page is valid. */
    public List<String> errors(String html) {
        errors.clear();
        warnings.clear();
        try {
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            // a page has an address on its site, so the Content-Security-Policy's 'self' means that site
            source.setSystemId("http://localhost/page.html");
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add("the page could not be parsed: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(errors);
    }

    /** The warnings and info messages of the last page checked. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private static String format(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
