package nl.ikcatlas.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;
import nl.ikcatlas.problem.Suggestions;

/** The instrument must be complete, and every assessment must score every theme on a defined level. */
final class InstrumentRules implements Rule {

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        Instrument instrument = loaded.atlas().instrument();
        if (instrument == null) {
            return;
        }
        Set<String> levels = uniqueIds(instrument.levels().stream().map(AmbitionLevel::id).toList(), "levels",
                "level", instrument, problems);
        Set<String> themes = uniqueIds(instrument.themes().stream().map(Theme::id).toList(), "themes",
                "theme", instrument, problems);
        for (int i = 0; i < instrument.themes().size(); i++) {
            checkThemeDescribesLevels(instrument, i, levels, problems);
        }
        for (Kindcentrum k : loaded.atlas().kindcentra()) {
            checkAssessments(k, themes, levels, problems);
        }
    }

    private static Set<String> uniqueIds(List<String> ids, String list, String noun, Instrument instrument,
                                         Problems problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && !seen.add(id)) {
                problems.add(instrument.origin().at(list + "[" + i + "].id"), "two " + noun + "s have the id " + Quote.of(id),
                        "give one of them another id");
            }
        }
        return seen;
    }

    private static void checkThemeDescribesLevels(Instrument instrument, int index, Set<String> levels, Problems problems) {
        Theme theme = instrument.themes().get(index);
        String path = "themes[" + index + "].levels";
        for (String described : theme.levels().keySet()) {
            if (!levels.contains(described)) {
                problems.add(instrument.origin().at(path + "." + described), Quote.of(described) + " is not one of the instrument's levels", hintFor(described, levels));
            }
        }
        for (String level : levels) {
            if (!theme.levels().containsKey(level)) {
                problems.add(instrument.origin().at(path), "the theme " + Quote.of(theme.id()) + " does not describe the level '"
                        + level + "'", "add '" + level + ":' with a summary and a plain text under this theme's levels");
            }
        }
    }

    private static void checkAssessments(Kindcentrum k, Set<String> themes, Set<String> levels, Problems problems) {
        Map<Integer, Integer> years = new HashMap<>();
        for (int i = 0; i < k.assessments().size(); i++) {
            Assessment a = k.assessments().get(i);
            String path = "assessments[" + i + "]";
            Integer earlier = years.putIfAbsent(a.year(), i);
            if (earlier != null && a.year() != 0) {
                problems.add(k.origin().at(path + ".year"), "there are two assessments for " + a.year(),
                        "keep one assessment per year");
            }
            if (a.date() != null && a.year() != 0 && a.date().getYear() != a.year()) {
                problems.add(k.origin().at(path + ".date"), "the date " + a.date() + " is not in the year " + a.year(),
                        "correct the year or the date");
            }
            Set<String> scored = new HashSet<>();
            a.levels().forEach((theme, level) -> {
                String at = path + ".levels." + theme;
                if (!themes.contains(theme)) {
                    problems.add(k.origin().at(at), Quote.of(theme) + " is not a theme of the instrument", hintFor(theme, themes));
                } else {
                    scored.add(theme);
                }
                if (!levels.contains(level)) {
                    problems.add(k.origin().at(at), Quote.of(level) + " is not a level of the instrument", hintFor(level, levels));
                }
            });
            for (String theme : themes) {
                if (!scored.contains(theme) && !a.levels().isEmpty()) {
                    problems.add(k.origin().at(path + ".levels"), "the assessment of " + a.year()
                            + " has no level for the theme " + Quote.of(theme), "add a line '" + theme + ": <level>'");
                }
            }
        }
    }

    private static String hintFor(String typed, Set<String> known) {
        String suggestion = Suggestions.didYouMean(typed, known);
        return suggestion != null ? suggestion : "choose one of " + String.join(", ", known);
    }
}
