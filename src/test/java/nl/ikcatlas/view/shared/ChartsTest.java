package nl.ikcatlas.view.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bar chart's layout: labels measured and wrapped to the chart's width, numbers only where their box fits. */
class ChartsTest {

    @Test
    void textWidthAddsUpTheFontsWidthsWithRoomForAWiderFont() {
        // "Wi": 944 + 222 thousandths of 10 units, times 1.15
        assertEquals(14, TextWidth.of("Wi", 10));
        assertEquals(TextWidth.of("e", 14), TextWidth.of("é", 14));
    }

    @Test
    void aLongLabelWrapsBetweenWordsIntoLinesThatFit() {
        String label = "Doorgaande lijn in ondersteuning en zorg voor alle kinderen van nul tot twaalf jaar in de wijk";
        List<String> lines = Charts.wrap(label, Charts.WIDTH, 14);
        assertEquals(List.of("Doorgaande lijn in ondersteuning en zorg voor alle kinderen van", "nul tot twaalf jaar in de wijk"),
                lines);
        lines.forEach(l -> assertTrue(TextWidth.of(l, 14) <= Charts.WIDTH, l));
    }

    @Test
    void everyLabelLineAndLegendTextStaysInsideTheChartAndNarrowPartsHaveNoNumber() {
        List<Charts.Category> levels = Charts.levelCategories("c", List.of("Rug aan rug (1)", "Gezicht naar gezicht (2)",
                "Hand in hand (3)", "Wang aan wang (4)", "Eén geheel (integraal) (5)"));
        ChartView chart = Charts.stacked("c", "Titel", "Uitleg", levels, List.of(
                new Charts.Item("Doorgaande lijn in ondersteuning en zorg voor alle kinderen van nul tot twaalf jaar",
                        List.of(1, 60, 0, 0, 0)),
                new Charts.Item("Visie", List.of(0, 0, 3, 0, 0))), 61, "kindcentrum", "kindcentra");
        assertEquals(2, chart.rows().get(0).label().size());
        for (ChartView.Row row : chart.rows()) {
            row.label().forEach(l -> assertTrue(l.x() + TextWidth.of(l.text(), 14) <= chart.width(), l.text()));
        }
        chart.legend().forEach(lg -> assertTrue(lg.label().x() + TextWidth.of(lg.label().text(), 14) <= chart.width(),
                lg.label().text()));
        ChartView.Segment narrow = chart.rows().get(0).segments().get(0);
        assertEquals(8, narrow.width());
        assertNull(narrow.value(), "1 of 61 is too narrow for its box");
        ChartView.Segment wide = chart.rows().get(0).segments().get(1);
        assertEquals("60", wide.value().text());
        assertTrue(wide.boxX() >= wide.x() && wide.boxX() + wide.boxWidth() <= wide.x() + wide.width());
        assertTrue(chart.legend().get(chart.legend().size() - 1).y() + 24 <= chart.height());
    }
}
