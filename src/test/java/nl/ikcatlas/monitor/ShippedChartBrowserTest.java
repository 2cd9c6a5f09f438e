package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ikcatlas.testing.Browser;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped monitor's bar chart in Chromium, at a laptop's and a phone's width: it is as wide as its
 * column (up to its largest size), no text reaches outside the drawing, and every number sits inside its
 * white box.
 */
@Tag("browser")
class ShippedChartBrowserTest {
    /** Every text of the chart whose box (getBBox) reaches outside the SVG's viewBox. */
    private static final String CLIPPED = "var out = []; var svg = document.querySelector('figure.chart svg');"
            + " var v = svg.viewBox.baseVal;"
            + " svg.querySelectorAll('text').forEach(function (t) { var b = t.getBBox();"
            + "   if (b.x < v.x || b.y < v.y || b.x + b.width > v.x + v.width || b.y + b.height > v.y + v.height) {"
            + "     out.push(t.textContent + ' ' + [b.x, b.y, b.width, b.height].join(',')); } });"
            + " return out;";
    /** Every number of a bar that does not fit inside the white box drawn just before it. */
    private static final String OUTSIDE_BOX = "var out = [];"
            + " document.querySelectorAll('figure.chart svg text[text-anchor=middle]').forEach(function (t) {"
            + "   var b = t.getBBox(), r = t.previousElementSibling.getBBox();"
            + "   if (t.previousElementSibling.getAttribute('fill') !== '#ffffff' || b.x < r.x || b.x + b.width > r.x + r.width)"
            + "     { out.push(t.textContent); } });"
            + " return out;";

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void noLabelIsClippedAndTheChartFollowsItsColumn(int width) {
        assertTrue(ShippedSite.get().report().succeeded());
        try (SiteServer server = new SiteServer(ShippedSite.get().site()); Browser browser = Browser.open(width, 900)) {
            browser.driver().get(server.url("monitor.html"));
            assertEquals(List.of(), browser.driver().executeScript(CLIPPED), "texts outside the chart");
            assertEquals(List.of(), browser.driver().executeScript(OUTSIDE_BOX), "numbers outside their boxes");
            Number svgWidth = (Number) browser.driver().executeScript(
                    "return document.querySelector('figure.chart svg').getBoundingClientRect().width;");
            Number column = (Number) browser.driver().executeScript(
                    "return document.querySelector('figure.chart').clientWidth;");
            assertEquals(Math.min(column.doubleValue(), 640), svgWidth.doubleValue(), 1.0, "the chart's width");
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "the page is wider than the screen by " + overflow + " px");
            browser.screenshot("shipped-monitor-" + width);
        }
    }
}
