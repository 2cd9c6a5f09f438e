package nl.ikcatlas.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.ShippedSite;
import nl.ikcatlas.testing.SiteFiles;
import org.junit.jupiter.api.Test;

/** The monitor's summary and the changes page on the shipped atlas: every decline in its data is named. */
class ShippedMonitorTest {

    /** The kindcentra of the shipped data that went down on a theme since their previous assessment. */
    private static List<Kindcentrum> declined() {
        Monitor monitor = new Monitor(ShippedSite.get().atlas().instrument());
        List<Kindcentrum> result = new ArrayList<>();
        for (Kindcentrum k : ShippedSite.get().atlas().kindcentra()) {
            LocationChange change = monitor.change(k);
            if (change != null && change.shifts().stream().anyMatch(s -> s.comparable() && s.change() == Change.DOWN)) {
                result.add(k);
            }
        }
        return result;
    }

    @Test
    void theSummaryNamesAndLinksEveryKindcentrumThatWentDown() {
        assertTrue(ShippedSite.get().report().succeeded());
        String html = SiteFiles.read(ShippedSite.get().site(), "monitor.html");
        String list = BuiltSite.fragment(html, "<ul class=\"monitor-declines\">", "</ul>");
        List<Kindcentrum> declined = declined();
        assertFalse(declined.isEmpty(), "the shipped data has a decline to show");
        for (Kindcentrum k : declined) {
            assertTrue(list.contains("<a href=\"kindcentra/" + k.id() + ".html\">" + k.name() + "</a>"), k.id() + " in " + list);
        }
        assertEquals(declined.size(), list.split("<li>", -1).length - 1, list);
    }

    @Test
    void theChangesPageMarksTheYearsWithADecline() {
        String html = SiteFiles.read(ShippedSite.get().site(), "wijzigingen.html");
        String table = BuiltSite.fragment(html, "<table class=\"changes-summary\">", "</table>");
        assertTrue(table.contains("<tr class=\"has-decline\"><th scope=\"row\"><a href=\"#jaar-2025\">2025</a></th>"), table);
        assertTrue(html.indexOf("<table class=\"changes-summary\">") < html.indexOf("<details class=\"changes-details\">"),
                "the table comes before the folded details");
    }
}
