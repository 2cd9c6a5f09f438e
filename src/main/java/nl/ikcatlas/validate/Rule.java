package nl.ikcatlas.validate;

import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.problem.Problems;

/** One family of checks on the loaded atlas. Records may have null fields where loading already reported a problem. */
interface Rule {
    void check(LoadedAtlas loaded, Problems problems);
}
