package nl.ikcatlas.testing;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 AA rules on the page a browser shows. The pages have no frames, so axe runs in the
 * page itself (its legacy mode, which opens no second window) and reports only violations.
 */
public final class Axe {
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** Every violation on the current page as "WHERE: RULE at TARGET: SUMMARY", in axe's order. */
    public static List<String> violations(WebDriver driver, String where) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA).withOptions(options).disableIframeTesting();
        axe.setLegacyMode(true);
        List<String> found = new ArrayList<>();
        for (Rule rule : axe.analyze(driver).getViolations()) {
            rule.getNodes().forEach(n -> found.add(where + ": " + rule.getId() + " at " + n.getTarget()
                    + ": " + n.getFailureSummary()));
        }
        return found;
    }
}
