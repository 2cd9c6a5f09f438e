package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.testing.HtmlValidator;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteFiles;
import org.junit.jupiter.api.Test;

/** Every page of the shipped atlas is valid HTML according to the Nu Html Checker. */
class ShippedAtlasValidityTest {
    @Test
    void everyGeneratedPageHasNoValidatorErrors() {
        assertTrue(ShippedSite.get().report().succeeded());
        Path out = ShippedSite.get().site();
        HtmlValidator validator = new HtmlValidator();
        List<String> pages = SiteFiles.htmlFiles(out);
        List<String> errors = new ArrayList<>();
        int warnings = 0;
        for (String page : pages) {
            validator.errors(SiteFiles.read(out, page)).forEach(e -> errors.add(page + ":" + e));
            warnings += validator.warnings().size();
        }
        System.out.println("Nu Html Checker: " + pages.size() + " pages, " + errors.size() + " errors, "
                + warnings + " warnings");
        assertEquals(List.of(), errors);
        assertEquals(0, warnings, "warnings and info messages");
        assertTrue(pages.size() > 100, "pages checked: " + pages.size());
    }

    @Test
    void theValidatorReportsAnInvalidPage() {
        List<String> errors = new HtmlValidator().errors(
                "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><li>los</li></body></html>");
        assertEquals(List.of("1:70: Element “li” not allowed as child of element “body” in this context."
                + " (Suppressing further errors from this subtree.)"), errors);
    }
}
