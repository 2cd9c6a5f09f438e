package nl.ikcatlas.view.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The report of a large atlas in summary tables instead of a row per kindcentrum: per area the middle
 * level per theme, and the plans counted per answer. So a national report stays a readable document.
 */
final class ReportSummary {
    private ReportSummary() {
    }

    /** Per area (in the order of the table), its kindcentra and per theme the middle level of those assessed. */
    static List<ReportView.AreaLevels> areaLevels(MonitorTable table) {
        Map<String, List<MonitorTable.Row>> byArea = new LinkedHashMap<>();
        for (MonitorTable.Row row : table.rows()) {
            byArea.computeIfAbsent(row.areaName(), a -> new ArrayList<>()).add(row);
        }
        List<ReportView.AreaLevels> result = new ArrayList<>();
        byArea.forEach((area, rows) -> {
            List<String> middles = new ArrayList<>();
            for (int theme = 0; theme < rows.get(0).cells().size(); theme++) {
                List<Integer> levels = new ArrayList<>();
                for (MonitorTable.Row row : rows) {
                    String sort = row.cells().get(theme).sort();
                    if (!sort.isEmpty()) {
                        levels.add(Integer.parseInt(sort));
                    }
                }
                levels.sort(null);
                middles.add(levels.isEmpty() ? "-" : String.valueOf(levels.get((levels.size() - 1) / 2)));
            }
            result.add(new ReportView.AreaLevels(area, rows.size(), middles));
        });
        return result;
    }

    /** How many kindcentra gave each answer, per question: scenario, lead and housing, most given first. */
    static List<ReportView.PlanCount> planCounts(List<ReportView.Plan> plans) {
        List<ReportView.PlanCount> result = new ArrayList<>();
        count(plans, "Scenario", p -> p.plans().scenario(), result);
        count(plans, "Leiding bij de overstap", p -> p.plans().lead(), result);
        count(plans, "Huisvesting", p -> p.plans().housing(), result);
        return result;
    }

    private static void count(List<ReportView.Plan> plans, String question, Function<ReportView.Plan, String> answer,
            List<ReportView.PlanCount> result) {
        Map<String, Integer> counts = new TreeMap<>();
        plans.forEach(p -> counts.merge(answer.apply(p), 1, Integer::sum));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> result.add(new ReportView.PlanCount(question, e.getKey(), e.getValue())));
    }
}
