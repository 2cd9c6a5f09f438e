package nl.ikcatlas.validate;

import java.util.List;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.problem.Problems;

/** Runs every rule family over a loaded atlas and collects all problems. */
public final class Validator {
    private final List<Rule> rules = List.of(new IdRules(), new ReferenceRules(), new CodeRules(),
            new CoordinateRules(), new InstrumentRules(), new ConsistencyRules(), new FileRules(), new PlacementRules(),
            new AssessmentDateRules(), new DataFileRules());

    /** The rules run side by side (each reads the atlas only), each with its own problems, taken in order. */
    public void validate(LoadedAtlas loaded, Problems problems) {
        rules.parallelStream().map(rule -> {
            Problems own = new Problems();
            rule.check(loaded, own);
            return own;
        }).toList().forEach(problems::addAll);
    }
}
